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
 * wait for, then what is due, earliest date first, then what the user follows), each kind together.
 */
@Service
class WorkQueues {

    /** An item with its kind's label and its detail line in the reader's language. */
    record Entry(String kind, String kindLabel, WorkItem.Urgency urgency, String title, String detail, String href, java.time.LocalDate due) {
    }

    static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator.comparing(WorkItem::urgency)
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::kind)
            .thenComparing(WorkItem::title);

    private final List<WorkQueue> queues;
    private final MessageSource messages;

    WorkQueues(List<WorkQueue> queues, MessageSource messages) {
        this.queues = queues;
        this.messages = messages;
    }

    List<Entry> of(Actor actor, Locale locale) {
        List<WorkItem> items = new ArrayList<>();
        queues.forEach(q -> items.addAll(q.workFor(actor)));
        return items.stream().sorted(MOST_URGENT_FIRST)
                .map(i -> new Entry(i.kind(), messages.getMessage(i.kindKey(), null, locale), i.urgency(), i.title(),
                        messages.getMessage(i.detailKey(), i.detailArguments(), locale), i.href(), i.due()))
                .toList();
    }
}
