// Each compile without clean saw the change before it (run by the maven-invoker-plugin).
def text = { String path ->
  def f = new File(basedir, path)
  assert f.isFile() : path + ' is missing'
  f.getText('UTF-8')
}
// The compile after the catalog's edit generated the new code's constant, and the registry again.
def afterEdit = text('target/after-edit/ExtraReplyCodes.java')
assert afterEdit.contains('EXAMPLE_POLICY_BLOCK = 577')
assert afterEdit.contains('EXAMPLE_RATE_LIMIT = 478') : 'the compile after the edit kept the old constants'
assert new File(basedir, 'target/after-edit/SmtpReplyRegistry.java').isFile()

// The compile after the option's change generated the constants in the new package, compiled, and
// left none in the old one.
def moved = text('target/generated-sources/annotations/com/example/codes/ExtraReplyCodes.java')
assert moved.contains('package com.example.codes;')
assert moved.contains('EXAMPLE_RATE_LIMIT = 478')
assert new File(basedir, 'target/classes/com/example/codes/ExtraReplyCodes.class').isFile()
assert !new File(basedir, 'target/generated-sources/annotations/com/example/mail/ExtraReplyCodes.java').exists()
assert !new File(basedir, 'target/classes/com/example/mail/ExtraReplyCodes.class').exists()
assert new File(basedir, 'target/classes/com/example/mail/PolicyBlockedException.class').isFile()
assert new File(basedir, 'target/classes/META-INF/smtp-reply/usages.json').isFile()

// The two compiles after a change said why they compiled again; the last, with nothing changed, compiled nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
def builds = log.split(/\[INFO\] BUILD SUCCESS/)
assert builds.length == 7 : 'six builds were expected'
def reason = 'smtp-reply: the extra catalog or a -Asmtpreply option changed since the last build'
assert [1, 2, 3, 4, 5, 6].collect { builds[it - 1].contains(reason) } == [false, false, true, false, true, false]
assert builds[5].contains('Nothing to compile') : 'the unchanged build compiled again'
return true
