/**
 * The catalog as data for other programs: {@link org.smtpreply.catalog.export.CatalogJson}
 * writes it as one JSON document, described by {@code catalog/schema/catalog.schema.json}.
 */
package org.smtpreply.catalog.export;
