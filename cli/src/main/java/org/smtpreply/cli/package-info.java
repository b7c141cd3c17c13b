/** The {@code smtp-reply} command line: generate the site, explain replies. */
package org.smtpreply.cli;
