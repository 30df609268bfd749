package org.tessera.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Puts an administrator's module names into every page: the application's message source is wrapped so that the
 * message keys which spell a module's name ({@link SwitchableModule#nameKeys()}) answer the name it was given.
 * Pages, mails and the API keep using their keys and never need to know about renaming.
 */
class ModuleNames implements BeanPostProcessor {

    private final ObjectProvider<Modules> modules;

    ModuleNames(ObjectProvider<Modules> modules) {
        this.modules = modules;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName) && bean instanceof MessageSource source) {
            return new Renaming(source, modules);
        }
        return bean;
    }

    private record Renaming(MessageSource messages, ObjectProvider<Modules> modules) implements MessageSource {

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            return renamed(code, locale).orElseGet(() -> messages.getMessage(code, args, defaultMessage, locale));
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
            return renamed(code, locale).orElseGet(() -> messages.getMessage(code, args, locale));
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
            String[] codes = resolvable.getCodes();
            if (codes != null) {
                for (String code : codes) {
                    Optional<String> name = renamed(code, locale);
                    if (name.isPresent()) {
                        return name.get();
                    }
                }
            }
            return messages.getMessage(resolvable, locale);
        }

        private Optional<String> renamed(String code, Locale locale) {
            Modules current = code == null ? null : modules.getIfAvailable();
            return current == null ? Optional.empty() : current.renamedText(code, locale);
        }
    }
}
