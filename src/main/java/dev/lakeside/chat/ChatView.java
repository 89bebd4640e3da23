package dev.lakeside.chat;

import com.vaadin.flow.server.Command;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Chat: questions and answers in a message list, answers streamed in as they arrive and rendered as
 * Markdown, with their sources underneath. Says which answer source is in use (a "Local" badge for
 * retrieval without a model).
 */
@Route(value = "chat", layout = MainLayout.class)
@PageTitle("Chat · Lakeside")
@Menu(order = 70, title = "Chat", icon = "vaadin:chat")
@ToolDescription("Ask questions in plain language; every answer shows the passages it rests on.")
public class ChatView extends VerticalLayout {

    private final ChatService chat;
    private final MessageList messages = new MessageList();
    private final MessageInput input = new MessageInput();
    private final Button stop = new Button("Stop");
    private final Button newConversation = new Button("New conversation");
    private ChatService.RunningAnswer running;

    ChatView(ChatService chat) {
        this.chat = chat;
        Span badge = new Span(chat.local() ? "Local" : "Databricks");
        badge.getElement().getThemeList().add(chat.local() ? "badge contrast" : "badge success");
        Span source = new Span(chat.label());
        source.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout header = new HorizontalLayout(badge, source);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        messages.setMarkdown(true);
        messages.setWidthFull();
        messages.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM);
        input.addSubmitListener(e -> ask(e.getValue()));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setEnabled(false);
        stop.addClickListener(e -> stopAnswer());
        newConversation.addClickListener(e -> startOver());
        HorizontalLayout bottom = new HorizontalLayout(input, stop, newConversation);
        bottom.setWidthFull();
        bottom.setFlexGrow(1, input);
        bottom.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        add(header, messages, bottom);
        setFlexGrow(1, messages);
        setSizeFull();
        showHistory();
    }

    private void showHistory() {
        List<MessageListItem> items = new ArrayList<>();
        for (ChatTurn turn : chat.history()) {
            items.add(item(turn.speaker(), AnswerText.of(turn)));
        }
        messages.setItems(items);
    }

    private void ask(String question) {
        if (question == null || question.isBlank() || running != null) {
            return;
        }
        messages.addItem(item(ChatTurn.Speaker.USER, SafeMarkdown.neutralize(question.strip())));
        MessageListItem answer = item(ChatTurn.Speaker.ASSISTANT, "…");
        messages.addItem(answer);
        UI ui = UI.getCurrent();
        answering(true);
        try {
            running = chat.ask(question, listener(ui, answer));
        } catch (IllegalArgumentException e) {
            finish(answer, AnswerText.failure(e.getMessage()));
        }
    }

    private ChatService.Listener listener(UI ui, MessageListItem answer) {
        StringBuilder arrived = new StringBuilder();
        return new ChatService.Listener() {
            @Override
            public void text(String piece) {
                push(ui, () -> {
                    arrived.append(piece);
                    answer.setText(SafeMarkdown.neutralize(arrived.toString()));
                });
            }

            @Override
            public void done(Answer result, boolean stopped) {
                push(ui, () -> finish(answer, AnswerText.of(ChatTurn.answer(result))));
            }

            @Override
            public void failed(String userMessage) {
                push(ui, () -> finish(answer, AnswerText.failure(userMessage)));
            }
        };
    }

    private void finish(MessageListItem answer, String text) {
        answer.setText(text);
        answering(false);
    }

    private void stopAnswer() {
        if (running != null) {
            running.stop();
        }
    }

    private void startOver() {
        stopAnswer();
        chat.newConversation();
        messages.setItems(List.of());
        answering(false);
    }

    private void answering(boolean busy) {
        if (!busy) {
            running = null;
        }
        stop.setEnabled(busy);
        input.setEnabled(!busy);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // Leaving the page stops the answer; what arrived stays in the history, marked as stopped.
        stopAnswer();
    }

    private MessageListItem item(ChatTurn.Speaker speaker, String text) {
        boolean user = speaker == ChatTurn.Speaker.USER;
        MessageListItem item = new MessageListItem(text, Instant.now(), user ? "You" : "Lakeside");
        item.setUserColorIndex(user ? 1 : 3);
        return item;
    }

    private static void push(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // The page is gone; the answer still ends up in the history.
        }
    }
}
