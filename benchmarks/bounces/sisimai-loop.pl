#!/usr/bin/perl
# Sisimai's own loop in process: the .eml files of a folder held in memory, each parsed by
# Sisimai::Message->new and turned into results by Sisimai::Data->make, as Sisimai->make does for
# each message it reads. Parse time only (reading the files is outside the clock), after warm-up
# rounds; prints the messages per second of each measured round and their median, and the same per
# second of the process's CPU time (user and system), the figure to compare on a busy machine.
#   usage: perl benchmarks/bounces/sisimai-loop.pl DIR [ROUNDS] [WARMUP]   (needs libsisimai-perl)
use strict;
use warnings;
use Sisimai;
use Sisimai::Message;
use Sisimai::Data;
use Time::HiRes qw(time);

my ($dir, $rounds, $warmup) = (@ARGV, 5, 2)[0 .. 2];
die "usage: sisimai-loop.pl DIR [ROUNDS] [WARMUP]\n" unless defined $dir && -d $dir;
my @messages;
opendir(my $d, $dir) or die "sisimai-loop.pl: cannot read $dir: $!\n";
for my $name (sort grep { /\.eml\z/ } readdir $d) {
  open(my $in, '<:raw', "$dir/$name") or die "sisimai-loop.pl: cannot read $dir/$name: $!\n";
  local $/;
  push @messages, scalar <$in>;
}
die "sisimai-loop.pl: no .eml file in $dir\n" unless @messages;

sub cpu { my @t = times; return $t[0] + $t[1]; }

# One round: every message, parsed and made into results; the minimum round time is 1 second.
# Returns the messages per second of wall time and per second of CPU time.
sub round {
  my ($count, $start, $cpu) = (0, time, cpu());
  while (time - $start < 1) {
    for my $raw (@messages) {
      my $message = Sisimai::Message->new(data => $raw);
      Sisimai::Data->make(data => $message) if $message;
      $count++;
    }
  }
  my ($wall, $used) = (time - $start, cpu() - $cpu);
  return [$count / $wall, $used > 0 ? $count / $used : 0];
}

round() for 1 .. $warmup;
my @measured = map { round() } 1 .. $rounds;
my @rates = sort { $a <=> $b } map { $_->[0] } @measured;
my @cpu = sort { $a <=> $b } map { $_->[1] } @measured;
printf "sisimai %s: %d messages, rounds %s msg/s, %s msg per CPU second\n", $Sisimai::VERSION, scalar @messages,
  join(' ', map { sprintf '%.0f', $_ } @rates), join(' ', map { sprintf '%.0f', $_ } @cpu);
printf "median %.1f msg/s\n", $rates[int(@rates / 2)];
printf "cpu median %.1f msg per CPU second\n", $cpu[int(@cpu / 2)];
