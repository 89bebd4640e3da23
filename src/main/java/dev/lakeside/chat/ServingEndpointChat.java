package dev.lakeside.chat;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.ApiClient;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.core.DatabricksException;
import com.databricks.sdk.core.http.Request;
import com.databricks.sdk.service.serving.ChatMessage;
import com.databricks.sdk.service.serving.ChatMessageRole;
import com.databricks.sdk.service.serving.QueryEndpointInput;
import dev.lakeside.databricks.WorkspaceClients;
import dev.lakeside.warehouse.WarehouseException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Answers through a Model Serving endpoint ({@code lakeside.chat.endpoint}) in the chat-completions
 * shape, as the caller ({@link WorkspaceClients#asCaller}: the signed-in user's token in identity mode
 * user, which needs the {@code serving.serving-endpoints} scope).
 *
 * <p>The request is the SDK's own {@link QueryEndpointInput} (messages, max_tokens, stream) sent to
 * {@code POST /serving-endpoints/{name}/invocations} through the SDK's {@link ApiClient}, so
 * authentication, retries and error decoding are the SDK's. It is not sent with
 * {@code servingEndpoints().query()} because that method parses the whole body into
 * {@code QueryEndpointResponse}, which can neither stream nor keep the fields citations live in;
 * asking for {@code text/event-stream} makes the SDK hand over the live body instead.
 */
final class ServingEndpointChat implements AnswerSource {

    private final WorkspaceClients clients;
    private final ChatProperties properties;

    ServingEndpointChat(WorkspaceClients clients, ChatProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    @Override
    public String label() {
        return properties.hasEndpoint() ? "Model Serving endpoint " + properties.endpoint()
                : "Model Serving endpoint (none configured)";
    }

    @Override
    public boolean local() {
        return false;
    }

    @Override
    public Answer answer(List<ChatTurn> conversation, AnswerStream stream) {
        if (!properties.hasEndpoint()) {
            throw new ChatFailure(Reason.FAILED, "No chat endpoint is configured. Set LAKESIDE_CHAT_ENDPOINT "
                    + "(lakeside.chat.endpoint) to the name of a Model Serving endpoint.", "lakeside.chat.endpoint is empty", null);
        }
        return clients.asCaller(workspace -> invoke(workspace, conversation, stream));
    }

    private Answer invoke(WorkspaceClient workspace, List<ChatTurn> conversation, AnswerStream stream) {
        ApiClient api = workspace.apiClient();
        QueryEndpointInput input = new QueryEndpointInput().setName(properties.endpoint())
                .setMessages(conversation.stream().map(ServingEndpointChat::message).toList())
                .setMaxTokens(properties.maxTokens());
        if (properties.stream()) {
            input.setStream(true);
        }
        try {
            Request request = new Request(Request.POST, "/serving-endpoints/" + properties.endpoint() + "/invocations",
                    api.serialize(input)).withHeader("Content-Type", "application/json")
                    .withHeader("Accept", properties.stream() ? "text/event-stream" : "application/json");
            try (InputStream body = api.execute(request, InputStream.class)) {
                return ServingResponse.read(body, stream);
            }
        } catch (DatabricksException e) {
            // After its retries (429, 503) the SDK wraps the last DatabricksError in a DatabricksException.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DatabricksError error) {
                    throw ServingErrors.translate(properties.endpoint(), error);
                }
            }
            throw unreachable(e);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private ChatFailure unreachable(Exception e) {
        return new ChatFailure(Reason.UNAVAILABLE, "The chat endpoint " + properties.endpoint()
                + " could not be reached or broke off its answer. Try again in a moment.", e.toString(), e);
    }

    private static ChatMessage message(ChatTurn turn) {
        return new ChatMessage().setRole(turn.speaker() == ChatTurn.Speaker.USER ? ChatMessageRole.USER
                : ChatMessageRole.ASSISTANT).setContent(turn.text());
    }
}
