package org.smtpreply.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.smtpreply.catalog.CatalogException;
import org.smtpreply.catalog.CatalogFacts;
import org.smtpreply.catalog.CatalogLoader;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.processor.codegen.ConstantsGenerator;
import org.smtpreply.processor.internal.DeclaredReply;
import org.smtpreply.processor.internal.Diagnostic;
import org.smtpreply.processor.internal.ElementRules;
import org.smtpreply.processor.internal.ErrorReporter;
import org.smtpreply.processor.internal.ProcessorOptions;
import org.smtpreply.processor.internal.RegistryGenerator;
import org.smtpreply.processor.internal.ReplyChecker;
import org.smtpreply.processor.internal.ReplyReader;
import org.smtpreply.processor.internal.ReplyUse;
import org.smtpreply.processor.internal.RoundState;
import org.smtpreply.processor.internal.UnresolvedConstants;
import org.smtpreply.processor.internal.UsageIndexWriter;

/**
 * Checks every {@code @SmtpReply} against the SMTP reply catalog; generates the codebase's {@code
 * SmtpReplyRegistry}, the usage index {@code META-INF/smtp-reply/usages.json} and, for an
 * organization's own codes, {@code ExtraReplyCodes}. The built-in catalog's {@code ReplyCodes} and
 * {@code EnhancedCodes} are not generated: they ship precompiled with the annotation.
 *
 * <p>Options (pass with {@code -A}):
 *
 * <ul>
 *   <li>{@code smtpreply.catalog}: extra catalog files with the organization's own codes,
 *       separated by commas; absolute paths are safest.
 *   <li>{@code smtpreply.constantsPackage}: the package of {@code ExtraReplyCodes} (default: the
 *       registry's package).
 *   <li>{@code smtpreply.registryPackage}: the package of {@code SmtpReplyRegistry} (default: the
 *       longest package that holds every annotated element, else the first of their packages).
 *   <li>{@code smtpreply.siteUrl}: where the organization publishes its reply docs; each constant
 *       of {@code ExtraReplyCodes} links to its page there.
 *   <li>{@code smtpreply.unusualPairing}, {@code smtpreply.duplicateReply}, {@code
 *       smtpreply.lateElement}: {@code error}, {@code warning} (default) or {@code ignore}, the
 *       kind of those soft rules' diagnostics.
 * </ul>
 *
 * <p>No exception ever leaves {@link #process}: a failure becomes a diagnostic, and the
 * processor claims no annotation, so other processors still see {@code @SmtpReply}.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({ReplyReader.SMTP_REPLY, ReplyReader.SMTP_REPLIES})
@SupportedOptions({
    ProcessorOptions.CONSTANTS_PACKAGE,
    ProcessorOptions.REGISTRY_PACKAGE,
    ProcessorOptions.CATALOG,
    ProcessorOptions.SITE_URL,
    "smtpreply.unusualPairing",
    "smtpreply.duplicateReply",
    "smtpreply.lateElement"})
public final class SmtpReplyProcessor extends AbstractProcessor {
  private final RoundState state = new RoundState();
  private ErrorReporter reporter;
  private ProcessorOptions options;
  private CatalogFacts catalog;
  private List<ReplyCode> extras = List.of();
  private boolean catalogFailed;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new ErrorReporter(env);
    try {
      options = new ProcessorOptions(env.getOptions(), reporter);
    } catch (RuntimeException e) {
      reporter.reportGlobal(Diagnostic.INTERNAL, trace(e));
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | Error e) {
      reporter.reportGlobal(Diagnostic.INTERNAL, trace(e));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    if (options == null || catalog() == null) {
      return;
    }
    Elements utils = processingEnv.getElementUtils();
    if (round.processingOver()) {
      // Values still unresolved now name symbols that do not exist: javac reports each; a name
      // of one of the constants classes gets the right name as well.
      UnresolvedConstants unresolved = new UnresolvedConstants(catalog, extras, reporter);
      state.takeDeferred(utils).forEach(unresolved::report);
      return;
    }
    List<Element> fresh = annotatedElements(round, utils);
    state.annotated(fresh, utils);
    List<Element> elements = new ArrayList<>(state.takeDeferred(utils));
    elements.addAll(fresh);
    if (!state.constantsWritten()) {
      writeConstants(fresh);
    }
    ReplyReader reader = new ReplyReader(utils);
    ElementRules rules = new ElementRules(reporter);
    ReplyChecker checker = new ReplyChecker(catalog, reporter);
    for (Element element : elements) {
      try {
        List<ReplyUse> uses = reader.read(element);
        if (uses == null) {
          state.defer(element);
          continue;
        }
        for (ReplyUse use : rules.distinctUses(element, uses)) {
          if (!checker.check(use)) {
            continue;
          }
          DeclaredReply reply = DeclaredReply.of(use, utils);
          if (state.registryWritten()) {
            reporter.report(Diagnostic.LATE_ELEMENT, use, null, reply.kind(), reply.element());
          } else {
            state.declare(reply);
          }
        }
      } catch (RuntimeException e) {
        reporter.report(Diagnostic.INTERNAL, element, null, null, trace(e));
      }
    }
    // As soon as every value has resolved (in round 1 unless one names ExtraReplyCodes): javac
    // then needs one more round only, to compile the registry.
    if (!state.registryWritten() && !state.hasDeferred()) {
      writeRegistry();
    }
  }

  /** The elements that carry {@code @SmtpReply}, alone or repeated, in a stable order. */
  private static List<Element> annotatedElements(RoundEnvironment round, Elements utils) {
    Set<Element> found = new LinkedHashSet<>();
    for (String name : List.of(ReplyReader.SMTP_REPLY, ReplyReader.SMTP_REPLIES)) {
      TypeElement annotation = utils.getTypeElement(name);
      if (annotation != null) {
        found.addAll(round.getElementsAnnotatedWith(annotation));
      }
    }
    return new ArrayList<>(found);
  }

  private CatalogFacts catalog() {
    if (catalog == null && !catalogFailed) {
      try {
        // The built-in catalog's facts come from the snapshot its build wrote; extra files are
        // read and checked against them, never the built-in YAML texts.
        CatalogFacts builtIn = CatalogFacts.builtIn();
        catalog = CatalogLoader.builtInFacts().withExtras(options.catalogFiles()).loadFacts();
        extras = catalog.basicCodes().stream().filter(c -> builtIn.basic(c.code()).isEmpty()).toList();
      } catch (CatalogException e) {
        catalogFailed = true;
        e.problems().forEach(problem -> reporter.reportGlobal(Diagnostic.CATALOG, problem));
      } catch (RuntimeException e) {
        catalogFailed = true;
        reporter.reportGlobal(Diagnostic.CATALOG, String.valueOf(e.getMessage()));
      }
    }
    return catalog;
  }

  /** The package of the registry, and by default of the organization's constants. */
  private String registryPackage() {
    return options.registryPackage().orElseGet(() -> RegistryGenerator.defaultPackage(state.packages()));
  }

  /** Writes {@code ExtraReplyCodes} once, if the extra catalogs add codes. */
  private void writeConstants(List<Element> originating) {
    state.markConstantsWritten();
    if (extras.isEmpty()) {
      return;
    }
    ConstantsGenerator generator = new ConstantsGenerator(catalog, catalog::summary, options.pages());
    String packageName = options.constantsPackage().orElseGet(this::registryPackage);
    try {
      generator.extraReplyCodes(packageName, extras, originating).writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      reporter.reportGlobal(Diagnostic.INTERNAL, "cannot write the constants: " + e.getMessage());
    }
  }

  private void writeRegistry() {
    state.markRegistryWritten();
    List<Element> originating = state.annotatedElements();
    List<DeclaredReply> replies = state.declared();
    try {
      new RegistryGenerator().registry(registryPackage(), replies, originating).writeTo(processingEnv.getFiler());
      FileObject index = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          UsageIndexWriter.PATH, originating.toArray(new Element[0]));
      try (Writer out = new OutputStreamWriter(index.openOutputStream(), StandardCharsets.UTF_8)) {
        out.write(new UsageIndexWriter().write(replies));
      }
    } catch (IOException e) {
      reporter.reportGlobal(Diagnostic.INTERNAL, "cannot write the registry or the usage index: " + e.getMessage());
    }
  }

  private static String trace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
