// Checks what the consumer's build left behind (run by the maven-invoker-plugin).
def usages = new File(basedir, 'target/classes/META-INF/smtp-reply/usages.json')
assert usages.isFile() : 'the usage index was not written'
def json = usages.getText('UTF-8')
assert json.contains('"element" : "com.example.mail.UnknownRecipientException"')
assert json.contains('"element" : "com.example.mail.smtp.RcptHandler.rcpt(java.lang.String)"')
assert json.contains('"code" : 577')
def generated = new File(basedir, 'target/generated-sources/annotations')
assert new File(generated, 'com/example/mail/SmtpReplyRegistry.java').isFile()
assert new File(generated, 'com/example/mail/ExtraReplyCodes.java').isFile() : 'the organization\'s constants are not in its package'
// The built-in constants come compiled with the annotation: never generated into a user's build.
assert !new File(generated, 'org/smtpreply/codes').exists()
assert !new File(basedir, 'target/classes/org/smtpreply/codes').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 6, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer tests did not all run'
assert !log.contains('[WARNING] COMPILATION WARNING')
return true
