/** How the site is written: the FreeMarker set-up, relative links and atomic publishing. Not API. */
package org.smtpreply.site.internal;
