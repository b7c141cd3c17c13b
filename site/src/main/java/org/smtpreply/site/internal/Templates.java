package org.smtpreply.site.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.smtpreply.site.result.SiteException;

/**
 * The one FreeMarker configuration of the site: HTML output with auto-escaping, templates from
 * the classpath, failures rethrown rather than printed into pages.
 */
public final class Templates {
  private final Configuration config;

  /** Builds the configuration; templates live in {@code org/smtpreply/site/templates}. */
  public Templates() {
    this(Optional.empty());
  }

  /**
   * Builds the configuration; templates in {@code folder}, if given, take precedence over the
   * built-in ones, so that an author sees an edited template without rebuilding the jar.
   */
  public Templates(Optional<Path> folder) {
    // Pinned to the FreeMarker version in the pom, never to the running one: output stays the same.
    config = new Configuration(Configuration.VERSION_2_3_34);
    TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, "/org/smtpreply/site/templates");
    if (folder.isPresent()) {
      try {
        config.setTemplateLoader(new MultiTemplateLoader(
            new TemplateLoader[] {new FileTemplateLoader(folder.get().toFile()), builtIn}));
      } catch (IOException e) {
        throw new SiteException(folder.get() + ": cannot read templates here (" + e.getMessage() + ")");
      }
      // Edited templates must show at once.
      config.setTemplateUpdateDelayMilliseconds(0);
    } else {
      config.setTemplateLoader(builtIn);
    }
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setRecognizeStandardFileExtensions(true);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setLocalizedLookup(false);
    config.setNumberFormat("computer");
    config.setBooleanFormat("c");
    config.setAPIBuiltinEnabled(false);
  }

  /** Renders {@code template} with {@code model} to {@code out}. */
  public void render(String template, Map<String, Object> model, Writer out) throws IOException, TemplateException {
    config.getTemplate(template).process(model, out);
  }
}
