package dev.lakeside.chat;

import dev.lakeside.warehouse.WarehouseException;

/**
 * An answer that could not be produced, with a sentence the user can act on. It is a
 * {@link WarehouseException} so that {@code WorkspaceClients} passes it through untranslated.
 */
final class ChatFailure extends WarehouseException {

    private final String userMessage;

    ChatFailure(Reason reason, String userMessage, String detail, Throwable cause) {
        super(reason, detail, cause);
        this.userMessage = userMessage;
    }

    @Override
    public String userMessage() {
        return userMessage;
    }
}
