/**
 * The authors' preview server: serves a generated site on localhost, rebuilds it when the
 * catalog or a template changes, and reloads the open page.
 */
package org.smtpreply.site.serve;
