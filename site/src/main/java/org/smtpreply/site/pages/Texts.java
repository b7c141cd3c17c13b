package org.smtpreply.site.pages;

import org.smtpreply.catalog.Catalog;
import org.smtpreply.catalog.EnhancedCode;
import org.smtpreply.catalog.EntryText;
import org.smtpreply.catalog.Localized;
import org.smtpreply.catalog.ReplyCode;
import org.smtpreply.site.internal.Links;

/** Builds links and text blocks from catalog entries for one page. */
final class Texts {
  private Texts() {}

  /** The language to mark on text shown in {@code page}'s language {@code tag}: empty unless a fallback. */
  static String mark(Localized<?> text, String tag) {
    return text.isFallbackFor(tag) ? text.language() : "";
  }

  /** A link from {@code page} to a basic code's page. */
  static CodeLink link(Catalog catalog, String tag, String page, ReplyCode code) {
    Localized<EntryText> text = catalog.text(code, tag);
    return new CodeLink(code.id(), text.value().title(), Links.between(page, Links.code(tag, code.code())),
        !code.isStandard(), mark(text, tag));
  }

  /** A link from {@code page} to the page of {@code concrete}, a class form of {@code code}. */
  static CodeLink link(Catalog catalog, String tag, String page, EnhancedCode code, String concrete) {
    Localized<EntryText> text = catalog.text(code, tag);
    return new CodeLink(concrete, text.value().title(), Links.between(page, Links.enhanced(tag, concrete)),
        false, mark(text, tag));
  }
}
