#!/usr/bin/perl
# Sisimai's reading of bounce messages, one tab-separated line per recipient it reports:
#   file  message  recipient  reason  deliverystatus  replycode
# message counts from 1 within an mbox (a file whose name ends in .mbox); any other file is one
# message, read whole, as the CLI reads it; a message in which Sisimai
# finds nothing gives one line with empty recipient and reason. Delivered recipients, feedback
# reports and auto-replies are included (Sisimai's `delivered` and `vacation` options), so every
# message of the corpus gets a line. Used by sisimai-yaml.py to refresh the corpus's sisimai.yaml.
#   usage: perl benchmarks/bounces/sisimai-reasons.pl FILE...   (needs: apt-get install libsisimai-perl)
use strict;
use warnings;
use File::Basename qw(basename);
use Sisimai;
use Sisimai::Mail;
use Sisimai::Message;
use Sisimai::Data;

binmode STDOUT, ':encoding(UTF-8)';
print "# Sisimai $Sisimai::VERSION\n";
for my $path (@ARGV) {
  my $index = 0;
  for my $raw (messages($path)) {
    $index++;
    my $message = Sisimai::Message->new(data => $raw);
    my $data = $message ? Sisimai::Data->make(data => $message, delivered => 1, vacation => 1) : undef;
    my @found = @{ $data || [] };
    if (!@found) {
      print join("\t", basename($path), $index, '', '', '', ''), "\n";
      next;
    }
    for my $d (@found) {
      print join("\t", basename($path), $index, $d->recipient->address, $d->reason,
        $d->deliverystatus // '', $d->replycode // ''), "\n";
    }
  }
}

# The messages of one file: an mbox's, split by Sisimai::Mail; any other file whole.
sub messages {
  my ($path) = @_;
  if ($path =~ /\.mbox\z/) {
    my $mail = Sisimai::Mail->new($path) or die "sisimai-reasons.pl: cannot read $path\n";
    my @all;
    while (my $raw = $mail->data->read) { push @all, $raw }
    return @all;
  }
  open(my $in, '<:raw', $path) or die "sisimai-reasons.pl: cannot read $path: $!\n";
  local $/;
  my $raw = <$in>;
  close $in;
  return ($raw);
}
