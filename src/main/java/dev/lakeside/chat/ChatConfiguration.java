package dev.lakeside.chat;

import dev.lakeside.databricks.WorkspaceClients;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which {@link AnswerSource} answers: the configured serving endpoint in Databricks mode, local retrieval otherwise. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

    @Bean
    @ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "databricks")
    AnswerSource servingEndpointChat(WorkspaceClients clients, ChatProperties properties) {
        return new ServingEndpointChat(clients, properties);
    }

    @Bean
    @ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "embedded", matchIfMissing = true)
    AnswerSource localRetrievalChat(Warehouse warehouse, ChatProperties properties) {
        return new LocalRetrievalChat(warehouse, properties.local());
    }
}
