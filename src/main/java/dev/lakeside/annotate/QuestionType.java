package dev.lakeside.annotate;

/** What an annotator answers for each item. */
enum QuestionType {
    /** Exactly one label from the set. */
    SINGLE,
    /** One or more labels from the set. */
    MULTIPLE
}
