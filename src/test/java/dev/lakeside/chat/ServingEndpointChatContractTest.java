package dev.lakeside.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.lakeside.databricks.DatabricksFake;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The chat's Model Serving calls through databricks-sdk-java against the fake workspace: the documented
 * {@code POST /serving-endpoints/{name}/invocations} in the chat-completions shape, streamed (server-sent
 * events) and whole, the identity each call carries, and what failures tell the user.
 */
class ServingEndpointChatContractTest {

    private static final String INVOCATIONS = "/serving-endpoints/lakeside-chat/invocations";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatabricksFake fake = new DatabricksFake();
    private final UserIdentity alice = new UserIdentity("alice", "a@x.com", "Alice", "token-alice",
            UserIdentity.Source.FORWARDED_HEADERS);
    private final List<ChatTurn> conversation = List.of(ChatTurn.user("Hi"),
            new ChatTurn(ChatTurn.Speaker.ASSISTANT, "Hello! Ask me about the lakehouse.", List.of()),
            ChatTurn.user("What is in gold.sales?"));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void userMode_streamingEndpoint_sendsTheConversationAsTheUser_andStreamsThePieces() throws Exception {
        fake.server().stubFor(post(urlPathEqualTo(INVOCATIONS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(events(
                        "{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Orders \"}}]}",
                        "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"with **revenue**\"}}]}",
                        "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\".\"},\"finish_reason\":\"stop\"}]}"))));
        Pieces pieces = new Pieces();

        Answer answer = chat(IdentityMode.USER, true).answer(conversation, pieces);

        assertThat(pieces.received).containsExactly("Orders ", "with **revenue**", ".");
        assertThat(answer.text()).isEqualTo("Orders with **revenue**.");
        assertThat(answer.citations()).isEmpty();
        LoggedRequest request = fake.requests("POST", INVOCATIONS).getFirst();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer token-alice");
        assertThat(request.getHeader("Accept")).isEqualTo("text/event-stream");
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.path("messages")).extracting(m -> m.path("role").asText())
                .containsExactly("user", "assistant", "user");
        assertThat(body.path("messages").path(2).path("content").asText()).isEqualTo("What is in gold.sales?");
        assertThat(body.path("max_tokens").asLong()).isEqualTo(256);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.has("name")).as("the endpoint name is in the path only").isFalse();
        assertThat(fake.requests("POST", "/oidc/v1/token")).isEmpty();
    }

    @Test
    void appMode_wholeJsonAnswer_usesTheServicePrincipal_andReadsAnnotationsAndRetrieverSpans() throws Exception {
        String spanOutputs = JSON.writeValueAsString(JSON.writeValueAsString(List.of(java.util.Map.of(
                "page_content", "gold.sales holds one row per order line.",
                "metadata", java.util.Map.of("doc_uri", "dbfs:/docs/sales.md", "chunk_id", "7")))));
        fake.server().stubFor(post(urlPathEqualTo(INVOCATIONS)).willReturn(okJson("""
                {"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,"finish_reason":"stop",
                 "message":{"role":"assistant","content":"One row per order line.","annotations":[
                   {"type":"url_citation","url_citation":{"url":"https://wiki.example.com/sales","title":"Sales wiki"}}]}}],
                 "databricks_output":{"trace":{"data":{"spans":[
                   {"name":"retrieve","attributes":{"mlflow.spanType":"\\"RETRIEVER\\"","mlflow.spanOutputs":%s}},
                   {"name":"llm","attributes":{"mlflow.spanType":"\\"CHAT_MODEL\\""}}]}}}}
                """.formatted(spanOutputs))));
        Pieces pieces = new Pieces();

        Answer answer = chat(IdentityMode.APP, false).answer(conversation, pieces);

        assertThat(pieces.received).containsExactly("One row per order line.");
        assertThat(answer.citations()).extracting(Citation::source)
                .containsExactly("https://wiki.example.com/sales", "dbfs:/docs/sales.md #7");
        assertThat(answer.citations().getFirst().title()).isEqualTo("Sales wiki");
        assertThat(answer.citations().get(1).title()).isEqualTo("gold.sales holds one row per order line.");
        LoggedRequest request = fake.requests("POST", INVOCATIONS).getFirst();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
        assertThat(JSON.readTree(request.getBodyAsString()).has("stream")).isFalse();
    }

    @Test
    void endpointMissing_404_tellsTheUserToCheckTheSetting() {
        fake.server().stubFor(post(urlPathEqualTo(INVOCATIONS)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"Endpoint lakeside-chat does not exist\"}")));

        ChatFailure failure = catchThrowableOfType(ChatFailure.class,
                () -> chat(IdentityMode.USER, true).answer(conversation, new Pieces()));

        assertThat(failure.userMessage()).isEqualTo("The chat endpoint lakeside-chat does not exist in this workspace, "
                + "or you cannot see it. Check lakeside.chat.endpoint (LAKESIDE_CHAT_ENDPOINT).");
    }

    @Test
    void rateLimited_429_tellsTheUserToWait() {
        fake.server().stubFor(post(urlPathEqualTo(INVOCATIONS)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withHeader("Retry-After", "0")
                .withBody("{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"Exceeded rate limit\"}")));

        ChatFailure failure = catchThrowableOfType(ChatFailure.class,
                () -> chat(IdentityMode.USER, true).answer(conversation, new Pieces()));

        assertThat(failure.userMessage()).contains("too many requests").contains("Wait a moment");
    }

    @Test
    void forbidden_403_namesTheMissingPermissionAndScope() {
        fake.server().stubFor(post(urlPathEqualTo(INVOCATIONS)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"User does not have CAN_QUERY\"}")));

        ChatFailure failure = catchThrowableOfType(ChatFailure.class,
                () -> chat(IdentityMode.USER, true).answer(conversation, new Pieces()));

        assertThat(failure.userMessage()).contains("CAN_QUERY").contains("serving.serving-endpoints");
    }

    @Test
    void chatAgentStream_topLevelDeltas_areStreamedToo() {
        fake.server().stubFor(post(urlPathEqualTo(INVOCATIONS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(events(
                        "{\"delta\":{\"role\":\"assistant\",\"content\":\"From \",\"id\":\"m1\"}}",
                        "{\"delta\":{\"role\":\"assistant\",\"content\":\"an agent.\",\"id\":\"m1\"}}"))));
        Pieces pieces = new Pieces();

        Answer answer = chat(IdentityMode.USER, true).answer(conversation, pieces);

        assertThat(pieces.received).containsExactly("From ", "an agent.");
        assertThat(answer.text()).isEqualTo("From an agent.");
    }

    @Test
    void stoppedAfterTheFirstPiece_readsNoFurther() {
        fake.server().stubFor(post(urlPathEqualTo(INVOCATIONS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withChunkedDribbleDelay(4, 400).withBody(events(
                        "{\"choices\":[{\"delta\":{\"content\":\"one \"}}]}",
                        "{\"choices\":[{\"delta\":{\"content\":\"two \"}}]}",
                        "{\"choices\":[{\"delta\":{\"content\":\"three\"}}]}"))));
        Pieces stopsAfterOne = new Pieces() {
            @Override
            public boolean stopped() {
                return !received.isEmpty();
            }
        };

        Answer answer = chat(IdentityMode.USER, true).answer(conversation, stopsAfterOne);

        assertThat(stopsAfterOne.received).containsExactly("one ");
        assertThat(answer.text()).isEqualTo("one ");
    }

    private ServingEndpointChat chat(IdentityMode mode, boolean stream) {
        ChatProperties properties = new ChatProperties("lakeside-chat", 256, stream, 40, 10, Duration.ofHours(1),
                new ChatProperties.Local(Path.of("docs"), 0, 3, Duration.ZERO));
        return new ServingEndpointChat(fake.workspaceClients(mode, () -> alice), properties);
    }

    private static String events(String... chunks) {
        StringBuilder body = new StringBuilder();
        for (String chunk : chunks) {
            body.append("data: ").append(chunk).append("\n\n");
        }
        return body.append("data: [DONE]\n\n").toString();
    }

    /** Collects what the source streams. */
    private static class Pieces implements AnswerStream {
        final List<String> received = new ArrayList<>();

        @Override
        public void append(String text) {
            received.add(text);
        }

        @Override
        public boolean stopped() {
            return false;
        }
    }
}
