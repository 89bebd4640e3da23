package dev.lakeside.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Each user's conversation, in memory only: bounded in users (least recently used dropped), in
 * turns per conversation (oldest dropped) and in idle time. A restart forgets every conversation.
 */
@Component
class Conversations {

    private final Cache<String, List<ChatTurn>> byUser;
    private final int maxTurns;

    Conversations(ChatProperties properties) {
        this.maxTurns = properties.historyTurns();
        this.byUser = Caffeine.newBuilder().maximumSize(properties.historyUsers())
                .expireAfterAccess(properties.historyIdle()).build();
    }

    /** A copy of the user's conversation, oldest first. */
    List<ChatTurn> of(String userId) {
        List<ChatTurn> turns = byUser.getIfPresent(userId);
        if (turns == null) {
            return List.of();
        }
        synchronized (turns) {
            return List.copyOf(turns);
        }
    }

    void add(String userId, ChatTurn turn) {
        List<ChatTurn> turns = byUser.get(userId, id -> new ArrayList<>());
        synchronized (turns) {
            turns.add(turn);
            while (turns.size() > maxTurns) {
                turns.removeFirst();
            }
        }
    }

    void clear(String userId) {
        byUser.invalidate(userId);
    }
}
