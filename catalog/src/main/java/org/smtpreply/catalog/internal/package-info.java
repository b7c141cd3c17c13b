/**
 * How the catalog is read: the raw shapes of its YAML files, the source abstraction and the
 * problem collector. Not API: only {@link org.smtpreply.catalog} is.
 */
package org.smtpreply.catalog.internal;
