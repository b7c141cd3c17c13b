package org.smtpreply.catalog;

/**
 * The texts of a reason, a provider or a provider's reply in one locale.
 *
 * @param title   a few words
 * @param summary what happened, and whether the address is dead or only this message was refused
 * @param action  what to do, and who must do it
 */
public record AdviceText(String title, String summary, String action) {}
