package dev.lakeside.annotate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;

/** The item being labelled: its shown columns as text and, if the task has one, its image. */
class ItemCard extends Div {

    private final LabelTask task;

    ItemCard(LabelTask task) {
        this.task = task;
        addClassName("annotate-item");
    }

    void show(Item item) {
        removeAll();
        Span key = new Span(task.keyColumn() + " " + item.key());
        key.addClassName("lakeside-hint");
        add(key);
        for (Item.Field field : item.fields()) {
            Div block = new Div();
            block.addClassName("annotate-field");
            Span name = new Span(field.column());
            name.addClassName("annotate-field-name");
            block.add(name, new Paragraph(field.value()));
            add(block);
        }
        ItemImages.resolve(task.imageFolder(), item.imagePath()).ifPresent(file -> {
            Image image = new Image(DownloadHandler.forFile(file.toFile()), "Image " + item.imagePath());
            image.addClassName("annotate-image");
            add(image);
        });
    }

    /** The answer was saved, but the next item could not be loaded. */
    void showNextItemFailed() {
        removeAll();
        add(new Paragraph("Could not load the next item, try again."));
    }

    void showNothingLeft() {
        removeAll();
        add(new Paragraph("Nothing left for you in this task: every item has its labels or is held by someone else."));
    }
}
