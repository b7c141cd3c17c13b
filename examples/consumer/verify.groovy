// Checks what the consumer's build left behind (run by the maven-invoker-plugin).
def usages = new File(basedir, 'target/classes/META-INF/smtp-reply/usages.json')
assert usages.isFile() : 'the usage index was not written'
def json = usages.getText('UTF-8')
assert json.contains('"element" : "com.example.mail.UnknownRecipientException"')
assert json.contains('"element" : "com.example.mail.smtp.RcptHandler.rcpt(java.lang.String)"')
assert json.contains('"code" : 577')
assert new File(basedir, 'target/generated-sources/annotations/com/example/mail/SmtpReplyRegistry.java').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 6, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer tests did not all run'
assert !log.contains('[WARNING] COMPILATION WARNING')
return true
