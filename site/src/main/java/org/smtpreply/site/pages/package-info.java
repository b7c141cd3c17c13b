/**
 * One renderer per page kind. Each turns the catalog into immutable view records with every
 * string already resolved for its locale; the templates only lay them out.
 */
package org.smtpreply.site.pages;
