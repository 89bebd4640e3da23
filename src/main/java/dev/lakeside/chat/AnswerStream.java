package dev.lakeside.chat;

/** Where an {@link AnswerSource} delivers the text of an answer while it is being produced. */
interface AnswerStream {

    /** The next piece of the answer, appended to what came before. */
    void append(String text);

    /** True once the user pressed Stop: the source should stop producing and return. */
    boolean stopped();
}
