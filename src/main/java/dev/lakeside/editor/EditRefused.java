package dev.lakeside.editor;

/** A change the editor will not write (no permission, invalid value, not allowed); the message is for the user. */
class EditRefused extends RuntimeException {

    EditRefused(String message) {
        super(message);
    }
}
