package org.rapport.ui.shell.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.modules.ModuleRegistry;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.Tokens;
import org.rapport.ui.shell.internal.access.UiSessions;
import org.rapport.ui.api.Notices;
import org.rapport.ui.api.ViewContribution;
import org.rapport.ui.shell.internal.contrib.ContributionListener;
import org.rapport.ui.shell.internal.contrib.Contributions;
import org.rapport.ui.shell.internal.i18n.Languages;
import org.rapport.ui.shell.internal.i18n.ShellTranslations;
import org.rapport.ui.shell.internal.views.HomeView;
import org.rapport.ui.shell.internal.views.MainLayout;
import org.rapport.ui.shell.internal.views.ShellRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * The running UI: keeps Vaadin's routes in step with the contributed views, knows every open UI so it can push
 * changes to them (menus, withdrawn pages, notices), and gives Vaadin-created objects — layouts and views, which
 * DS cannot inject — the services they need.
 */
public final class Shell implements ContributionListener {

    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);
    private static final int KEPT_NOTICES = 50;
    private static volatile Shell current;

    /** A notice as the header's list shows it. */
    public record Notice(Instant at, Notices.Level level, String messageKey, Object[] arguments) {
    }

    private final Contributions contributions;
    private final ModuleRegistry modules;
    private final LocaleFormatting formatting;
    private final ShellTranslations translations;
    private final Set<UI> openUis = ConcurrentHashMap.newKeySet();
    private final Deque<Notice> notices = new ArrayDeque<>();
    private final ExecutorService background;
    private volatile RouteConfiguration routes;
    private volatile Authenticator authenticator;
    private volatile Tokens tokens;
    private final UiSessions sessions = new UiSessions();

    public Shell(Contributions contributions, ModuleRegistry modules, LocaleFormatting formatting) {
        this.contributions = contributions;
        this.modules = modules;
        this.formatting = formatting;
        this.translations = new ShellTranslations(contributions::messageBundles);
        AtomicInteger threads = new AtomicInteger();
        this.background = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "rapport-ui-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The shell of the running UI bundle, for objects Vaadin creates. */
    public static Shell current() {
        Shell shell = current;
        if (shell == null) {
            throw new IllegalStateException("The Rapport UI shell is not running");
        }
        return shell;
    }

    public static void setCurrent(Shell shell) {
        current = shell;
    }

    /** Called once Vaadin's service exists: from now on contributed views are routes. */
    public void attach(VaadinService service) {
        RouteConfiguration configuration = RouteConfiguration
                .forRegistry(ApplicationRouteRegistry.getInstance(service.getContext()));
        this.routes = configuration;
        configuration.update(() -> {
            ShellRoutes.register(configuration);
            contributions.views().forEach(this::register);
        });
        contributions.addListener(this);
        LOG.info("Rapport UI is up with {} contributed views", contributions.views().size());
    }

    public void detach() {
        contributions.removeListener(this);
        routes = null;
    }

    public void close() {
        detach();
        background.shutdownNow();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void register(ViewContribution view) {
        RouteConfiguration configuration = routes;
        if (configuration == null) {
            return;
        }
        if (configuration.isPathAvailable(view.route())) {
            LOG.warn("Route '{}' of {} is taken already; the contribution is ignored", view.route(),
                    view.viewType().getName());
            return;
        }
        configuration.setRoute(view.route(), view.viewType(), List.of(MainLayout.class));
    }

    @Override
    public void viewAdded(ViewContribution view) {
        register(view);
        refreshOpenUis();
    }

    @Override
    public void viewRemoved(ViewContribution view) {
        RouteConfiguration configuration = routes;
        if (configuration != null) {
            configuration.removeRoute(view.route(), view.viewType());
        }
        for (UI ui : openUis) {
            ui.access(() -> {
                boolean showing = ui.getInternals().getActiveRouterTargetsChain().stream()
                        .anyMatch(target -> view.viewType().isInstance(target));
                if (showing) {
                    ui.navigate(HomeView.class);
                    notify(ui, Notices.Level.WARNING, translate(ui.getLocale(), "shell.notice.pageWithdrawn",
                            translate(ui.getLocale(), view.titleKey())));
                }
                withShellParts(ui, ShellPart::contributionsChanged);
            });
        }
    }

    @Override
    public void othersChanged() {
        refreshOpenUis();
    }

    private void refreshOpenUis() {
        for (UI ui : openUis) {
            ui.access(() -> withShellParts(ui, ShellPart::contributionsChanged));
        }
    }

    private static void withShellParts(UI ui, Consumer<ShellPart> action) {
        for (HasElement target : ui.getInternals().getActiveRouterTargetsChain()) {
            if (target instanceof ShellPart part) {
                action.accept(part);
            }
        }
    }

    /** Hooks run when Vaadin starts: every new UI gets its language and is tracked while open. */
    public VaadinServiceInitListener serviceInitListener() {
        return event -> event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Languages.apply(ui, Languages.forRequest(com.vaadin.flow.server.VaadinRequest.getCurrent()));
            openUis.add(ui);
            ui.addDetachListener(detach -> openUis.remove(ui));
        });
    }

    /** Puts the language and writing direction into the first HTML the browser gets, before any script runs. */
    public IndexHtmlRequestListener pageLanguage() {
        return response -> {
            Locale language = Languages.forRequest(response.getVaadinRequest());
            response.getDocument().getElementsByTag("html").attr("lang", language.getLanguage())
                    .attr("dir", Languages.direction(language));
        };
    }

    public void broadcast(Notices.Level level, String messageKey, Object... arguments) {
        Notice notice = new Notice(Instant.now(), level, messageKey, arguments);
        synchronized (notices) {
            notices.addFirst(notice);
            while (notices.size() > KEPT_NOTICES) {
                notices.removeLast();
            }
        }
        for (UI ui : openUis) {
            ui.access(() -> {
                notify(ui, level, translate(ui.getLocale(), messageKey, arguments));
                withShellParts(ui, ShellPart::noticesChanged);
            });
        }
    }

    public List<Notice> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }

    public static void notify(UI ui, Notices.Level level, String text) {
        Notification notification = new Notification(text, level == Notices.Level.ERROR ? 10000 : 5000,
                Notification.Position.BOTTOM_END);
        notification.addThemeVariants(switch (level) {
            case SUCCESS -> NotificationVariant.LUMO_SUCCESS;
            case WARNING -> NotificationVariant.LUMO_WARNING;
            case ERROR -> NotificationVariant.LUMO_ERROR;
            case INFO -> NotificationVariant.LUMO_CONTRAST;
        });
        notification.getElement().setAttribute("data-notice-level", level.name().toLowerCase(Locale.ROOT));
        ui.add(notification);
        notification.open();
    }

    public String translate(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    public ShellTranslations translations() {
        return translations;
    }

    public Contributions contributions() {
        return contributions;
    }

    public ModuleRegistry modules() {
        return modules;
    }

    public LocaleFormatting formatting() {
        return formatting;
    }

    public UiSessions sessions() {
        return sessions;
    }

    /** Personal API tokens, while the identity module runs. */
    public Optional<Tokens> tokens() {
        return Optional.ofNullable(tokens);
    }

    public synchronized void setTokens(Tokens tokens) {
        this.tokens = tokens;
    }

    public synchronized void unsetTokens(Tokens gone) {
        if (this.tokens == gone) {
            this.tokens = null;
        }
    }

    /** The identity module's sign-in, while it runs; without it nobody can sign in to the UI. */
    public Optional<Authenticator> authenticator() {
        return Optional.ofNullable(authenticator);
    }

    public synchronized void setAuthenticator(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** Only if it is still the one in use: DS binds a replacement before it unbinds the old one. */
    public synchronized void unsetAuthenticator(Authenticator gone) {
        if (this.authenticator == gone) {
            this.authenticator = null;
        }
    }

    /** For slow work started from the UI (module switches, searches); results go back through UI.access. */
    public ExecutorService background() {
        return background;
    }
}
