// The project made of the README's snippets compiled with the processor and published its replies.
def usages = new File(basedir, 'target/classes/META-INF/smtp-reply/usages.json')
assert usages.isFile() : 'the processor did not run'
assert usages.getText('UTF-8').contains('"element" : "com.example.mail.UnknownRecipientException"')
assert new File(basedir, 'target/generated-sources/annotations/com/example/mail/SmtpReplyRegistry.java').isFile()
def page = new File(basedir, 'target/smtp-reply-site/en/usages/index.html')
assert page.isFile() : 'the plugin did not publish the replies'
assert page.getText('UTF-8').contains('com.example.mail.UnknownRecipientException')
assert new File(basedir, 'target/smtp-reply-site/es/usages/index.html').isFile()
assert new File(basedir, 'target/smtp-reply-site/en/index.html').getText('UTF-8').contains('Example Mail docs')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('maven-compiler-plugin:3.16.0:compile')
return true
