package dev.lakeside.chat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.ui.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.MessagesKt._submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The chat view on the real app in embedded mode: local retrieval over a fixed test corpus (src/test/resources/chat-docs) and the demo reviews. */
class ChatViewTest extends KaribuSpringTest {

    private static final String KAPPA_QUESTION = "How do I check agreement between annotators with Fleiss' kappa?";

    @Autowired
    AnswerSource source;

    @Test
    void askAboutTheDocs_answerStreamsIn_labelledLocal_withTheDocumentCited() {
        CurrentUser.runAs(user("reader"), () -> {
            UI.getCurrent().navigate("chat");
            assertThat(_find(Span.class)).extracting(Span::getText).contains("Local");

            _submit(_get(MessageInput.class), KAPPA_QUESTION);
            waitForTheAnswer();

            List<MessageListItem> items = messages();
            assertThat(items).hasSize(2);
            assertThat(items.getFirst().getText()).isEqualTo(SafeMarkdown.neutralize(KAPPA_QUESTION));
            String answer = items.getLast().getText();
            assertThat(answer).startsWith("*Local retrieval, no language model.*").contains("kappa")
                    .contains("**Sources**").contains("1. docs/annotate\\.md");
            assertThat(items.getLast().getUserName()).isEqualTo("Lakeside");
            assertThat(_get(MessageInput.class).isEnabled()).isTrue();
        });
    }

    @Test
    void stopWhileStreaming_keepsWhatArrivedMarkedStopped_andNothingMoreArrives() {
        CurrentUser.runAs(user("stopper"), () -> {
            UI.getCurrent().navigate("chat");
            _submit(_get(MessageInput.class), KAPPA_QUESTION);
            _click(_get(Button.class, spec -> spec.withText("Stop")));
            MockVaadin.runUIQueue();
            String stopped = messages().getLast().getText();

            // The whole answer, produced directly: by the time it is done the stopped one would have finished too.
            String whole = source.answer(List.of(ChatTurn.user(KAPPA_QUESTION)), new AnswerStream() {
                @Override
                public void append(String text) {
                }

                @Override
                public boolean stopped() {
                    return false;
                }
            }).text();
            MockVaadin.runUIQueue();

            assertThat(stopped).endsWith(ChatService.STOPPED_MARK).doesNotContain("**Sources**");
            assertThat(stopped.length()).isLessThan(whole.length());
            assertThat(messages().getLast().getText()).isEqualTo(stopped);
            assertThat(_get(Button.class, spec -> spec.withText("Stop")).isEnabled()).isFalse();
        });
    }

    @Test
    void twoUsers_eachSeesOnlyTheirOwnConversation_andNewConversationClearsIt() {
        UserIdentity alice = user("alice");
        UserIdentity bob = user("bob");
        CurrentUser.runAs(alice, () -> {
            UI.getCurrent().navigate("chat");
            _submit(_get(MessageInput.class), "Where does the taxi pickup density map come from?");
            waitForTheAnswer();
        });
        CurrentUser.runAs(bob, () -> {
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("chat");
            assertThat(messages()).isEmpty();
            _submit(_get(MessageInput.class), "How do I add a tool?");
            waitForTheAnswer();
        });
        CurrentUser.runAs(alice, () -> {
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("chat");
            assertThat(messages()).hasSize(2);
            assertThat(messages().getFirst().getText()).contains("taxi pickup density map");

            _click(_get(Button.class, spec -> spec.withText("New conversation")));
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("chat");
            assertThat(messages()).isEmpty();
        });
        CurrentUser.runAs(bob, () -> {
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("chat");
            assertThat(messages()).extracting(MessageListItem::getText).first().asString().contains("add a tool");
        });
    }

    @Test
    void htmlInAQuestion_isShownAsText_notMarkup() {
        CurrentUser.runAs(user("mallory"), () -> {
            UI.getCurrent().navigate("chat");
            _submit(_get(MessageInput.class), "reviews <img src=x onerror=alert(1)> delivery [x](javascript:alert(2))");
            waitForTheAnswer();

            String question = messages().getFirst().getText();
            assertThat(question).contains("\\<img src=x onerror=alert(1)>").contains("\\[x](javascript:alert(2))");
            assertThat(messages().getLast().getText()).contains("silver\\.reviews \\#");
        });
    }

    @Test
    void questionLongerThanAPage_refusedWithItsLength_andNotKeptInTheHistory() {
        CurrentUser.runAs(user("verbose"), () -> {
            UI.getCurrent().navigate("chat");
            _submit(_get(MessageInput.class), "kappa ".repeat(1000));

            assertThat(messages().getLast().getText()).startsWith("**Could not answer.**")
                    .contains("at most 4,000 characters; this one has 5,999");
            assertThat(_get(MessageInput.class).isEnabled()).isTrue();
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("chat");
            assertThat(messages()).isEmpty();
        });
    }

    private static UserIdentity user(String id) {
        return new UserIdentity(id, id + "@lakeside.dev", id, null, UserIdentity.Source.LOCAL_USER);
    }

    private static List<MessageListItem> messages() {
        return _get(MessageList.class).getItems();
    }

    /** Runs pushed updates until the answer is complete (Stop disabled again); fails after 30 s. */
    private static void waitForTheAnswer() {
        Button stop = _get(Button.class, spec -> spec.withText("Stop"));
        long deadline = System.nanoTime() + 30_000_000_000L;
        MockVaadin.runUIQueue();
        while (stop.isEnabled()) {
            if (System.nanoTime() > deadline) {
                fail("No answer within 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            MockVaadin.runUIQueue();
        }
    }
}
