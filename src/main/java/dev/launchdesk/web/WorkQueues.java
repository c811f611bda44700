package dev.launchdesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.WorkItem;
import dev.launchdesk.shared.WorkQueue;

/**
 * The signed-in user's work queue: the items every module's {@link WorkQueue} offers, most urgent first (what others
 * wait for, then what is due, earliest date first, then what the user follows), each module's items in its own order.
 */
@Service
class WorkQueues {

    /** An item with its kind's label and its detail line in the reader's language. */
    record Entry(String kind, String kindLabel, WorkItem.Urgency urgency, String title, String detail, String href, java.time.LocalDate due) {
    }

    /** Urgency, then the earliest date; otherwise each module's own order (a stable sort), its summaries last. */
    static final Comparator<Entry> MOST_URGENT_FIRST = Comparator.comparing(Entry::urgency)
            .thenComparing(Entry::due, Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<WorkQueue> queues;
    private final MessageSource messages;

    WorkQueues(List<WorkQueue> queues, MessageSource messages) {
        this.queues = queues;
        this.messages = messages;
    }

    List<Entry> of(Actor actor, Locale locale) {
        List<WorkItem> items = new ArrayList<>();
        queues.forEach(q -> items.addAll(q.workFor(actor)));
        return items.stream()
                .map(i -> new Entry(i.kind(), messages.getMessage(i.kindKey(), null, locale), i.urgency(),
                        messages.getMessage(i.title(), locale), messages.getMessage(i.detail(), locale), i.href(), i.due()))
                .sorted(MOST_URGENT_FIRST)
                .toList();
    }
}
