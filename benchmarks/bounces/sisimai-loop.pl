#!/usr/bin/perl
# Sisimai's own loop in process: the .eml files of a folder held in memory, each parsed by
# Sisimai::Message->new and turned into results by Sisimai::Data->make, as Sisimai->make does for
# each message it reads. Parse time only (reading the files is outside the clock), after warm-up
# rounds; prints the messages per second of each measured round and their median.
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

# One round: every message, parsed and made into results; the minimum round time is 1 second.
sub round {
  my ($count, $start) = (0, time);
  while (time - $start < 1) {
    for my $raw (@messages) {
      my $message = Sisimai::Message->new(data => $raw);
      Sisimai::Data->make(data => $message) if $message;
      $count++;
    }
  }
  return $count / (time - $start);
}

round() for 1 .. $warmup;
my @rates = sort { $a <=> $b } map { round() } 1 .. $rounds;
printf "sisimai %s: %d messages, rounds %s msg/s\n", $Sisimai::VERSION, scalar @messages,
  join(' ', map { sprintf '%.0f', $_ } @rates);
printf "median %.1f msg/s\n", $rates[int(@rates / 2)];
