// Strict mode failed for the right reason, naming the extra file and line (run by the maven-invoker-plugin).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /smtp-reply: no usage index at .*target\/classes\/META-INF\/smtp-reply\/usages\.json; it is written when the project compiles with smtp-reply-processor/ : 'the missing index was not explained'
assert log.contains('[ERROR] smtp-reply: translations: es: ') : 'the incomplete locale was not reported'
assert log =~ /\[ERROR\] .*src\/main\/smtp-reply\/extra-catalog\.yaml:3:3: entry 577 \(Blocked by the Example gateway policy\): missing/ : 'the entry was not named by its file and line'
assert log.contains('smtp-reply: strict: nothing was published')
assert log.contains("[ERROR] Failed to execute goal org.smtpreply:smtp-reply-maven-plugin") && log.contains("smtp-reply: 'ftp://mail-docs.example.com/' is not an absolute http or https URL") : 'the bad base URL was not named'
assert !log.contains('SiteException') : 'a Java exception reached the user'
assert !new File(basedir, 'target/smtp-reply-site').exists() : 'something was published'
assert new File(basedir, 'target/classes/com/example/mail/PolicyBlockedException.class').isFile() : 'the code did not compile'
return true
