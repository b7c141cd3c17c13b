// Builds this project from the top-level README's snippets (run by the maven-invoker-plugin before the
// build; `readme` is the README's path). A snippet is a fenced block right after a comment line
// "<!-- readme-test: NAME -->": "dependencies" and "build" replace this pom's placeholders, "plugin"
// goes into the build's plugins, and a NAME ending in .java is written to that path.
import java.util.regex.Pattern

def text = new File(readme).getText('UTF-8')
def snippets = [:]
def matcher = Pattern.compile('<!-- readme-test: (\\S+) -->\\n```\\w+\\n(.*?)\\n```', Pattern.DOTALL).matcher(text)
while (matcher.find()) {
  snippets[matcher.group(1)] = matcher.group(2)
}
for (name in ['dependencies', 'build', 'plugin']) {
  assert snippets.containsKey(name) : 'README.md has no snippet marked readme-test: ' + name
}
def javaFiles = snippets.keySet().findAll { it.endsWith('.java') }
assert !javaFiles.isEmpty() : 'README.md has no Java snippet marked readme-test'

def pomFile = new File(basedir, 'pom.xml')
def pom = pomFile.getText('UTF-8')
def version = (pom =~ /The version the README's snippets must name: (\S+)/)[0][1]
assert snippets.values().every { !it.contains('<version>0.') || it.contains('<version>' + version + '</version>') } :
    'the README names another version of the artifacts than ' + version
def build = snippets['build']
int end = build.lastIndexOf('</plugins>')
assert end > 0 : 'the README build snippet has no </plugins>'
build = build.substring(0, end) + snippets['plugin'] + '\n' + build.substring(end)
pom = pom.replace('<!-- README: dependencies -->', snippets['dependencies']).replace('<!-- README: build -->', build)
pomFile.write(pom, 'UTF-8')
for (name in javaFiles) {
  def file = new File(basedir, name)
  file.parentFile.mkdirs()
  file.write(snippets[name] + '\n', 'UTF-8')
}
return true
