/**
 * Why a bounce happened: {@link org.smtpreply.catalog.bounce.Classifier} tells a reply's reason and
 * the provider that sent it from the catalog's reasons and providers' replies.
 */
package org.smtpreply.catalog.bounce;
