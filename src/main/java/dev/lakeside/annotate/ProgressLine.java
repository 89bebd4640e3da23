package dev.lakeside.annotate;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** Always-visible progress: my labels, everyone's, and the items still needing labels. */
class ProgressLine extends HorizontalLayout {

    private final Span mine = new Span();
    private final Span everyone = new Span();
    private final Span remaining = new Span();
    private final ProgressBar bar = new ProgressBar();

    ProgressLine() {
        addClassName("annotate-progress");
        setAlignItems(Alignment.CENTER);
        mine.setId("progress-mine");
        everyone.setId("progress-everyone");
        remaining.setId("progress-remaining");
        bar.setWidth("200px");
        add(mine, everyone, remaining, bar);
    }

    void show(Progress progress) {
        mine.setText(String.format("Mine: %,d", progress.mine()));
        everyone.setText(String.format("Everyone: %,d of %,d labels", progress.everyone(), progress.labelsWanted()));
        remaining.setText(String.format("Remaining: %,d of %,d items", progress.remainingItems(), progress.totalItems()));
        bar.setValue(progress.labelsWanted() == 0 ? 0
                : Math.min(1.0, (double) progress.everyone() / progress.labelsWanted()));
    }
}
