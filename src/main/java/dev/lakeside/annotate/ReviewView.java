package dev.lakeside.annotate;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;

/** Agreement per task, the items annotators disagree on, adjudication, and export of final labels. */
@Route(value = "annotate-review", layout = MainLayout.class)
@StyleSheet("annotate.css")
@PageTitle("Annotation review · Lakeside")
@Menu(order = 61, title = "Annotation review", icon = "vaadin:check-square-o")
@ToolDescription("See how well annotators agree (Cohen's and Fleiss' kappa), settle their disagreements "
        + "with an audited final label, and download the final labels as CSV or JSON Lines.")
public class ReviewView extends VerticalLayout implements HasUrlParameter<String> {

    private final TaskCatalog catalog;
    private final ReviewService review;
    private final FinalLabelExport export;
    private final H2 title = new H2();
    private final TaskPicker picker;
    private final AgreementPanel agreement = new AgreementPanel();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final Grid<Disagreement> grid = new Grid<>(Disagreement.class, false);
    private final Select<String> finalLabel = new Select<>();
    private final Button record = new Button("Record final label", e -> recordFinalLabel());
    private LabelTask task;

    ReviewView(TaskCatalog catalog, ReviewService review, FinalLabelExport export) {
        this.catalog = catalog;
        this.review = review;
        this.export = export;
        this.picker = new TaskPicker(catalog.all(), ReviewView.class);
        addClassName("lakeside-view");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Disagreement::itemKey).setHeader("Item").setWidth("90px").setFlexGrow(0);
        grid.addColumn(Disagreement::preview).setHeader("Text").setFlexGrow(3);
        grid.addColumn(Disagreement::labels).setHeader("Labels").setFlexGrow(2);
        grid.addColumn(d -> d.finalLabel() == null ? "undecided" : d.finalLabel()).setHeader("Final label")
                .setWidth("130px").setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> {
            finalLabel.setValue(e.getValue() == null ? null : e.getValue().finalLabel());
            record.setEnabled(e.getValue() != null);
        });
        finalLabel.setLabel("Final label");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setEnabled(false);
        HorizontalLayout adjudication = new HorizontalLayout(finalLabel, record);
        adjudication.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout header = new HorizontalLayout(title, picker);
        header.setAlignItems(Alignment.BASELINE);
        Span store = new Span("Labels are kept in " + review.storeName() + ".");
        store.setId("label-store");
        store.addClassName("lakeside-hint");
        add(header, store, agreement, downloads, new H3("Disagreements"),
                new Paragraph("Pick an item, choose the final label and record it. Every decision is audited."),
                adjudication);
        addAndExpand(grid);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        task = taskId == null ? catalog.all().stream().findFirst().orElse(null) : catalog.find(taskId).orElse(null);
        if (task == null) {
            title.setText("No labelling task " + (taskId == null ? "is configured" : taskId));
            return;
        }
        title.setText("Review: " + task.title());
        picker.setValue(task);
        finalLabel.setItems(task.labels().stream().map(LabelOption::name).toList());
        LabelTask shown = task;
        grid.setItems(q -> review.disagreements(shown, q.getOffset(), q.getLimit()).stream(),
                q -> review.countDisagreements(shown));
        downloads.removeAll();
        downloads.add(download(FinalLabelExport.Format.CSV, "Download final labels (CSV)"),
                download(FinalLabelExport.Format.JSON_LINES, "Download final labels (JSON Lines)"),
                new Html("<span class=\"lakeside-hint\">Agreed items and adjudicated ones; open disagreements are left out.</span>"));
        agreement.show(review.agreement(task));
    }

    private Anchor download(FinalLabelExport.Format format, String text) {
        LabelTask exported = task;
        DownloadHandler handler = event -> {
            event.setFileName(exported.id() + "-final-labels." + format.extension);
            event.setContentType(format.contentType);
            export.write(exported, format, event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.setId("download-" + format.extension);
        return anchor;
    }

    private void recordFinalLabel() {
        Disagreement selected = grid.asSingleSelect().getValue();
        if (selected == null || finalLabel.getValue() == null) {
            Notification.show("Pick an item and a final label first.");
            return;
        }
        review.adjudicate(task, selected.itemKey(), finalLabel.getValue());
        Notification.show("Final label for item " + selected.itemKey() + ": " + finalLabel.getValue());
        grid.getDataProvider().refreshAll();
        record.setEnabled(false);
    }
}
