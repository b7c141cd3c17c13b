package org.smtpreply.processor.internal;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One {@code @SmtpReply} in user code, with its values read and the places to report on.
 *
 * @param element       the annotated element
 * @param mirror        the annotation
 * @param code          the basic code
 * @param enhanced      the enhanced code, empty for none
 * @param text          the reply text, empty for none
 * @param smtputf8      whether the text may be non-ASCII
 * @param codeValue     the {@code code} value as written, for diagnostics
 * @param enhancedValue the {@code enhanced} value as written, or null if defaulted
 * @param textValue     the {@code text} value as written, or null if defaulted
 * @param repeatIndex   for one of several {@code @SmtpReply} on the element, its position among
 *                      them (javac wraps those in a container); -1 for a single annotation
 */
public record ReplyUse(
    Element element,
    AnnotationMirror mirror,
    int code,
    String enhanced,
    String text,
    boolean smtputf8,
    AnnotationValue codeValue,
    AnnotationValue enhancedValue,
    AnnotationValue textValue,
    int repeatIndex) {}
