package dev.lakeside.files;

/** An upload or file name the tool does not accept; the message is for the user. */
final class FileRefused extends RuntimeException {

    FileRefused(String message) {
        super(message);
    }
}
