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
return true
