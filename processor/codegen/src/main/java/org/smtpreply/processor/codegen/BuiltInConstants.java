package org.smtpreply.processor.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.CatalogFacts;
import org.smtpreply.catalog.EntryText;

/**
 * Writes the built-in catalog's {@code ReplyCodes} and {@code EnhancedCodes}: run by the build of
 * the annotations artifact, which compiles and ships them, so users' IDEs see the constants before
 * any build, and no two libraries ship the same generated class.
 */
public final class BuiltInConstants {
  private BuiltInConstants() {}

  /**
   * Writes the sources into the folder {@code args[0]}; {@code args[1]}, if given, is the address
   * of the published reference site, which each constant's Javadoc links to.
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Catalog catalog = Catalog.builtIn();
    String source = catalog.locales().source().tag();
    Optional<String> pages = args.length > 1 && !args[1].isBlank()
        ? Optional.of(ConstantsGenerator.pagesAddress(args[1], source)) : Optional.empty();
    CatalogFacts facts = catalog.facts();
    ConstantsGenerator generator = new ConstantsGenerator(facts, id -> summary(catalog, id, source), pages);
    generator.replyCodes(ConstantsGenerator.BUILT_IN_PACKAGE, List.of()).writeTo(out);
    generator.enhancedCodes(ConstantsGenerator.BUILT_IN_PACKAGE, List.of()).writeTo(out);
  }

  private static String summary(Catalog catalog, String id, String tag) {
    Optional<EntryText> text = catalog.ownText(id, tag);
    return text.map(EntryText::summary).orElse("");
  }
}
