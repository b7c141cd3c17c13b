/** The {@code smtp-reply} command line: generate the site. */
package org.smtpreply.site.cli;
