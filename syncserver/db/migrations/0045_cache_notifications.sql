-- Per-instance caches (accounts, enrollments, the catalog) are dropped when what they hold
-- changes: these triggers send a notification on 'satchel_cache' in the same transaction as
-- the change, so every instance hears of it exactly when it commits, whoever made it (any
-- instance, `satchel-syncd user ...`, or SQL by hand). See syncserver/db/change_listener.h.

CREATE FUNCTION satchel_cache_notify_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('satchel_cache',
                      'user:' || (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
    RETURN NULL;
END
$$;

-- Only the columns an access check reads; a profile edit does not empty the cache.
CREATE TRIGGER users_cache_update AFTER UPDATE ON users FOR EACH ROW
    WHEN (OLD.username IS DISTINCT FROM NEW.username OR OLD.role IS DISTINCT FROM NEW.role OR
          OLD.disabled IS DISTINCT FROM NEW.disabled OR
          OLD.token_epoch IS DISTINCT FROM NEW.token_epoch)
    EXECUTE FUNCTION satchel_cache_notify_user();
CREATE TRIGGER users_cache_delete AFTER DELETE ON users FOR EACH ROW
    EXECUTE FUNCTION satchel_cache_notify_user();

CREATE FUNCTION satchel_cache_notify_enrollment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pg_notify('satchel_cache', 'enroll:' || OLD.user_id::text);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM pg_notify('satchel_cache', 'enroll:' || NEW.user_id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER enrollments_cache AFTER INSERT OR UPDATE OR DELETE ON enrollments FOR EACH ROW
    EXECUTE FUNCTION satchel_cache_notify_enrollment();

-- One notification per statement is enough: the whole catalog is re-read.
CREATE FUNCTION satchel_cache_notify_catalog() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('satchel_cache', 'catalog');
    RETURN NULL;
END
$$;

CREATE TRIGGER courses_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON courses
    FOR EACH STATEMENT EXECUTE FUNCTION satchel_cache_notify_catalog();
CREATE TRIGGER course_versions_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON course_versions
    FOR EACH STATEMENT EXECUTE FUNCTION satchel_cache_notify_catalog();
