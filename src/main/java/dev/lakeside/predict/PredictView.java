package dev.lakeside.predict;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;

import java.util.Map;

/**
 * The churn predictor of seed 002: a form built from the model's inputs, the answer in the seed's
 * risk bands, and batch scoring of a whole table into a new one. The same page serves the local
 * model and a Databricks serving endpoint, and says which one answers.
 */
@Route(value = "predict", layout = MainLayout.class)
@PageTitle("Churn predictor · Lakeside")
@Menu(order = 71, title = "Churn predictor", icon = "vaadin:user-heart")
@ToolDescription("Predict whether a customer will churn from age, tenure and charges, with the seed's risk "
        + "bands; score a whole table into a new one.")
@StyleSheet("predict.css")
public class PredictView extends VerticalLayout {

    private final PredictionService service;
    private final Span source = new Span();
    private final Paragraph modelInfo = new Paragraph();
    private final FeatureForm form;
    private final PredictionCard card = new PredictionCard();

    public PredictView(PredictionService service, BatchScoring scoring, PredictProperties properties) {
        this.service = service;
        addClassNames("lakeside-view", "predict-view");
        form = new FeatureForm(service.schema(), this::predict);
        source.addClassName("predict-source");
        modelInfo.addClassName("lakeside-hint");
        HorizontalLayout title = new HorizontalLayout(new H2("Churn predictor"), source);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout single = new HorizontalLayout(form, card);
        single.setWrap(true);
        single.setWidthFull();
        add(title, modelInfo, new H3("One customer"), single, new H3("Score a table"),
                new BatchPanel(scoring, service.sourceTables(), properties.outputSchema()));
        showModel(service.predictor().info());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        service.predictor().whenReady().whenComplete((info, error) -> {
            try {
                ui.access(() -> showModel(service.predictor().info()));
            } catch (UIDetachedException gone) {
                // Nobody is looking any more.
            }
        });
    }

    private void showModel(ModelInfo info) {
        source.setText(info.local() ? "Local" : "Databricks");
        source.getElement().setAttribute("title", info.local()
                ? "A model trained in the app on the demo data" : "A Databricks Model Serving endpoint");
        modelInfo.setText(info.description());
        form.setPredictEnabled(info.ready());
    }

    private void predict(Map<String, Double> values) {
        try {
            card.show(service.predict(values));
        } catch (PredictionException | IllegalArgumentException e) {
            card.showProblem(e.getMessage());
        }
    }
}
