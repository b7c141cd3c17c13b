/**
 * The Nu Html Checker behind {@code smtp-reply check}, provided to the command line as an {@link
 * org.smtpreply.cli.check.HtmlValidation} service.
 */
package org.smtpreply.check;
