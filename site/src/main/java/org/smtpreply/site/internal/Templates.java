package org.smtpreply.site.internal;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The one FreeMarker configuration of the site: HTML output with auto-escaping, templates from
 * the classpath, failures rethrown rather than printed into pages.
 */
public final class Templates {
  private final Configuration config;

  /** Builds the configuration; templates live in {@code org/smtpreply/site/templates}. */
  public Templates() {
    // Pinned to the FreeMarker version in the pom, never to the running one: output stays the same.
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setClassForTemplateLoading(Templates.class, "/org/smtpreply/site/templates");
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

  /** Renders {@code template} with {@code model}. */
  public String render(String template, Map<String, Object> model) throws IOException, TemplateException {
    StringWriter out = new StringWriter();
    config.getTemplate(template).process(model, out);
    return out.toString();
  }
}
