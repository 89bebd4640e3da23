package dev.lakeside.fixer;

/** A change the fixer refuses to write, with the sentence to show the user. Nothing was written. */
class ChangeRefused extends RuntimeException {

    ChangeRefused(String message) {
        super(message);
    }
}
