package dev.launchdesk.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.launchdesk.notify.Notifications;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;

/** What the layout shows on every page: where we are, who is signed in, their vendor, and their unread notifications (the bell). */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

    private final VendorDirectory vendors;
    private final Notifications notifications;

    ShellModel(VendorDirectory vendors, Notifications notifications) {
        this.vendors = vendors;
        this.notifications = notifications;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("currentActor")
    Actor currentActor() {
        return CurrentActor.find().orElse(null);
    }

    @ModelAttribute("currentVendorName")
    String currentVendorName() {
        return CurrentActor.find().flatMap(Actor::vendorId).flatMap((UUID id) -> vendors.vendorName(id))
                .map(VendorDirectory.VendorName::name).orElse(null);
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        return CurrentActor.find().map(actor -> notifications.unread(actor.userId())).orElse(null);
    }
}
