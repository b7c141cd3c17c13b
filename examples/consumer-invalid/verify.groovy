// The build failed for the right reason, at the right place (run by the maven-invoker-plugin).
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = ~/MailboxFullException\.java:\[7,\d+\] \[SmtpReplyClassMismatch\] enhanced code "4\.2\.2" is of class 4 but reply 550 is of class 5; use "5\.2\.2"/
assert log =~ expected : 'the class mismatch was not reported on line 7'
assert !log.contains('[SmtpReplyInternal]')
assert !new File(basedir, 'target/classes/com/example/mail/MailboxFullException.class').exists()
return true
