package org.tessera.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.HandlerInterceptor;
import org.tessera.shared.NotFound;

/** While a module is switched off, everything it serves answers 404, as if it had never been built. */
class ModuleGate implements HandlerInterceptor {

    private final AntPathMatcher paths = new AntPathMatcher();
    private final Modules modules;

    ModuleGate(Modules modules) {
        this.modules = modules;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (SwitchableModule module : modules.known()) {
            // The path first: a request no module claims never needs the switches (nor a database round trip).
            if (module.paths().stream().anyMatch(pattern -> paths.match(pattern, path)) && !modules.isOn(module.key())) {
                throw new NotFound("Page");
            }
        }
        return true;
    }
}
