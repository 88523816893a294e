-- The insight report ("inzichtrapportage", Welzijn Westerwolde's half-yearly report to its
-- municipality): every effort is linked to one of the initiative's societal effects, and the report
-- shows per effect what the initiative wants to reach, the efforts that serve it, their outputs and
-- the evidence of outcomes, and how the efforts are spread over target groups.
--
-- "Staff must not register more than before": the links are made once, on the activity and on the
-- help category, never per registration. The only new field per help request is an optional target
-- group, chosen from the initiative's own list.

-- Which societal effect an activity serves, and which target groups it is meant for.
ALTER TABLE activity ADD COLUMN societal_effect_id BIGINT;
ALTER TABLE activity ADD CONSTRAINT activity_effect FOREIGN KEY (initiative_id, societal_effect_id)
    REFERENCES societal_effect (initiative_id, id) ON DELETE SET NULL (societal_effect_id);

CREATE TABLE activity_target_group (
    activity_id     BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    target_group_id BIGINT NOT NULL REFERENCES target_group (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, target_group_id)
);
CREATE INDEX activity_target_group_group_idx ON activity_target_group (target_group_id);

ALTER TABLE activity_target_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE activity_target_group FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON activity_target_group
    USING (EXISTS (SELECT 1 FROM activity a WHERE a.id = activity_id))
    WITH CHECK (EXISTS (SELECT 1 FROM activity a WHERE a.id = activity_id)
        AND EXISTS (SELECT 1 FROM target_group t WHERE t.id = target_group_id));

-- Which societal effect the help of a category serves (the logbook's help requests inherit it).
ALTER TABLE help_category ADD COLUMN societal_effect_id BIGINT;
ALTER TABLE help_category ADD CONSTRAINT help_category_effect FOREIGN KEY (initiative_id, societal_effect_id)
    REFERENCES societal_effect (initiative_id, id) ON DELETE SET NULL (societal_effect_id);

-- Whom a help request helped, when the desk chooses to say.
ALTER TABLE help_request ADD COLUMN target_group_id BIGINT;
ALTER TABLE help_request ADD CONSTRAINT help_request_target_group FOREIGN KEY (initiative_id, target_group_id)
    REFERENCES target_group (initiative_id, id) ON DELETE SET NULL (target_group_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON activity_target_group TO ${appRole};
