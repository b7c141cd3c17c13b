// Checks the docs the plugin published in the build (run by the maven-invoker-plugin).
def read = { String path ->
  def f = new File(basedir, path)
  assert f.isFile() : path + ' was not published'
  f.getText('UTF-8')
}

// The whole reference, with this server's replies and its own code 577, in both languages.
def usagesEn = read('target/smtp-reply-site/en/usages/index.html')
assert usagesEn.contains('com.example.mail.UnknownRecipientException')
assert usagesEn.contains('com.example.mail.smtp.RcptHandler.rcpt(java.lang.String)')
assert usagesEn.contains('Blocked by policy')
assert read('target/smtp-reply-site/es/usages/index.html').contains('com.example.mail.PolicyBlockedException')
assert read('target/smtp-reply-site/en/577/index.html').contains('Blocked by the Example gateway policy')
assert read('target/smtp-reply-site/es/577/index.html').contains('Bloqueado por la política de la pasarela Example')
assert new File(basedir, 'target/smtp-reply-site/en/421/index.html').isFile() : 'the whole reference was not published'
// The base URL came from -Asmtpreply.siteUrl.
assert read('target/smtp-reply-site/en/577/index.html').contains('https://mail-docs.example.com/en/577/')

// Only the replies, as the home page, with the team's own names.
def home = read('target/our-replies/en/index.html')
assert home.contains('Replies Example MTA emits')
assert home.contains('Example Mail docs')
assert home.contains('Example Corp, mail operations')
assert read('target/our-replies/es/index.html').contains('Respuestas SMTP que emite Example MTA')
for (page in ['en/550/index.html', 'en/577/index.html', 'en/250/index.html', 'en/enhanced/5.1.1/index.html',
              'en/enhanced/5.7.1/index.html', 'es/577/index.html']) {
  read('target/our-replies/' + page)
}
for (absent in ['en/421', 'en/usages', 'en/guides', 'en/downloads']) {
  assert !new File(basedir, 'target/our-replies/' + absent).exists() : absent + ' is not a page of the replies alone'
}

// English alone, strict, needs no Spanish.
read('target/english/en/index.html')
assert !new File(basedir, 'target/english/es').exists()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('smtp-reply: translations: es: ') && !log.contains('[WARNING] smtp-reply')
return true
