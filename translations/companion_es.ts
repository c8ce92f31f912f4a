<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivityWatchImportDialog</name>
    <message>
        <source>Import from ActivityWatch</source>
        <translation>Importar de ActivityWatch</translation>
    </message>
    <message>
        <source>Choose your ActivityWatch export</source>
        <translation>Elige tu exportación de ActivityWatch</translation>
    </message>
    <message>
        <source>In ActivityWatch, open Raw Data → Export all buckets as JSON, and choose that file here. Companion reads it, shows you what it found, and imports nothing until you say so.</source>
        <translation>En ActivityWatch, abre Raw Data → Export all buckets as JSON y elige ese archivo aquí. Companion lo lee, te muestra lo que encontró y no importa nada hasta que tú lo digas.</translation>
    </message>
    <message>
        <source>How to export from ActivityWatch</source>
        <translation>Cómo exportar desde ActivityWatch</translation>
    </message>
    <message>
        <source>ActivityWatch export file</source>
        <translation>Archivo exportado de ActivityWatch</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Read from ActivityWatch on this &amp;computer</source>
        <translation>&amp;Leer de ActivityWatch en este equipo</translation>
    </message>
    <message>
        <source>Read from ActivityWatch on this computer</source>
        <translation>Leer de ActivityWatch en este equipo</translation>
    </message>
    <message>
        <source>About reading from this computer</source>
        <translation>Sobre leer desde este equipo</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>What is being read</source>
        <translation>Lo que se está leyendo</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <source>What Companion found</source>
        <translation>Lo que encontró Companion</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Lo que se importará</translation>
    </message>
    <message>
        <source>Minutes per day and category</source>
        <translation>Minutos por día y categoría</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reads the last %1 days from ActivityWatch at 127.0.0.1:5600. Nothing leaves this computer.</source>
        <translation>Lee los últimos %1 días de ActivityWatch en 127.0.0.1:5600. Nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Reading straight from ActivityWatch on this computer is off. You can turn it on in Settings → Screen time.</source>
        <translation>La lectura directa de ActivityWatch en este equipo está desactivada. Puedes activarla en Ajustes → Tiempo de pantalla.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of screen time in all, from %3 to %4 (days: %n).</source>
        <translation>
            <numerusform>%1: del %3 al %4, %2 de tiempo de pantalla en total, en %n día.</numerusform>
            <numerusform>%1: del %3 al %4, %2 de tiempo de pantalla en total, en %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of screen time, from %2 to %3 (days: %n).</source>
        <translation>
            <numerusform>Del %2 al %3, se importaron %1 de tiempo de pantalla en %n día.</numerusform>
            <numerusform>Del %2 al %3, se importaron %1 de tiempo de pantalla en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>ActivityWatch export</source>
        <translation>Exportación de ActivityWatch</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the export file first.</source>
        <translation>Primero elige el archivo exportado.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Asking ActivityWatch on this computer…</source>
        <translation>Consultando a ActivityWatch en este equipo…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Cancelado. No se importó nada.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Importing replaces earlier ActivityWatch figures for these days; what you noted yourself stays as it is.</source>
        <translation>Al importar se reemplazan las cifras anteriores de ActivityWatch de estos días; lo que anotaste tú se queda como está.</translation>
    </message>
    <message>
        <source>%1 has no screen time Companion can count.</source>
        <translation>%1 no tiene tiempo de pantalla que Companion pueda contar.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Excluido:</translation>
    </message>
    <message>
        <source>Worth knowing:</source>
        <translation>Conviene saber:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>Nothing left out</source>
        <translation>No se excluyó nada</translation>
    </message>
    <message>
        <source>Earlier figures from the same buckets for those days were replaced; other buckets&apos; minutes were kept.</source>
        <translation>Se reemplazaron las cifras anteriores de los mismos buckets para esos días; se conservaron los minutos de los demás buckets.</translation>
    </message>
    <message>
        <source>Screens can bring people closer or leave us lonelier; this is for noticing, not judging.</source>
        <translation>Las pantallas pueden acercarnos a la gente o dejarnos más solos; esto es para darse cuenta, no para juzgar.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>Please type it first.</source>
        <translation>Escríbela primero, por favor.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Hacer copia</translation>
    </message>
    <message>
        <source>The backup is encrypted like your vault. Your passphrase or your recovery code opens it, here or on another computer.</source>
        <translation>La copia está cifrada como tu bóveda. Tu frase de contraseña o tu código de recuperación la abren, aquí o en otro equipo.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Where the backup was saved</source>
        <translation>Dónde se guardó la copia</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Guardar la copia</translation>
    </message>
    <message>
        <source>Companion backups (*%1)</source>
        <translation>Copias de Companion (*%1)</translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept.</source>
        <translation>Detenido. No se guardó nada.</translation>
    </message>
    <message>
        <source>Your backup is saved. It&apos;s encrypted; your passphrase or recovery code opens it.</source>
        <translation>Tu copia está guardada. Está cifrada; tu frase de contraseña o tu código de recuperación la abren.</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>Guardada en: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Elige dónde guardar la copia.</translation>
    </message>
    <message>
        <source>writing the encrypted backup</source>
        <translation>escribiendo la copia cifrada</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia</translation>
    </message>
</context>
<context>
    <name>BoundariesList</name>
    <message>
        <source>Limits you choose for yourself, checked in on each evening. Every kept day counts, and a hard day takes nothing away.</source>
        <translation>Límites que eliges tú, con un repaso cada noche. Cada día cumplido cuenta, y un día difícil no le quita nada.</translation>
    </message>
    <message>
        <source>About boundaries</source>
        <translation>Sobre los límites</translation>
    </message>
    <message>
        <source>No boundaries yet. Phone-free meals or screens away after 22:00 are gentle places to start.</source>
        <translation>Aún no hay límites. Comer sin móvil o dejar las pantallas después de las 22:00 son formas suaves de empezar.</translation>
    </message>
    <message>
        <source>No boundaries yet</source>
        <translation>Aún no hay límites</translation>
    </message>
    <message>
        <source>&amp;Add a boundary…</source>
        <translation>&amp;Añadir un límite…</translation>
    </message>
    <message>
        <source>Add a boundary</source>
        <translation>Añadir un límite</translation>
    </message>
    <message>
        <source>Evening &amp;check-in…</source>
        <translation>Repaso de la noc&amp;he…</translation>
    </message>
    <message>
        <source>Evening check-in for your boundaries</source>
        <translation>Repaso de la noche de tus límites</translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation>Estado del repaso</translation>
    </message>
    <message>
        <source>Nothing planned for today.</source>
        <translation>Nada previsto para hoy.</translation>
    </message>
    <message>
        <source>Checked in for today. You can change your answers.</source>
        <translation>Ya hiciste el repaso de hoy. Puedes cambiar tus respuestas.</translation>
    </message>
    <message>
        <source>This evening: a minute to look back on today.</source>
        <translation>Esta noche: un minuto para mirar atrás en el día.</translation>
    </message>
    <message>
        <source>Delete boundary</source>
        <translation>Eliminar el límite</translation>
    </message>
    <message>
        <source>Delete “%1” and its check-ins? If you&apos;d like a break from it, Pause keeps everything.</source>
        <translation>¿Eliminar “%1” y sus repasos? Si prefieres tomarte un descanso, Pausar lo conserva todo.</translation>
    </message>
</context>
<context>
    <name>BoundaryEditorDialog</name>
    <message>
        <source>A promise to myself</source>
        <translation>Una promesa personal</translation>
    </message>
    <message>
        <source>A daily limit for one kind of screen time</source>
        <translation>Un límite diario para un tipo de tiempo de pantalla</translation>
    </message>
    <message>
        <source>Screen-free hours</source>
        <translation>Horas sin pantallas</translation>
    </message>
    <message>
        <source>Edit boundary</source>
        <translation>Editar el límite</translation>
    </message>
    <message>
        <source>Add a boundary</source>
        <translation>Añadir un límite</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Empezar desde</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Con mis propias palabras</translation>
    </message>
    <message>
        <source>About this boundary</source>
        <translation>Sobre este límite</translation>
    </message>
    <message>
        <source>The boundary, in a few words</source>
        <translation>El límite, en pocas palabras</translation>
    </message>
    <message>
        <source>For example: no phone on the dinner table</source>
        <translation>Por ejemplo: nada de móvil en la mesa durante la cena</translation>
    </message>
    <message>
        <source>Kind of boundary</source>
        <translation>Tipo de límite</translation>
    </message>
    <message>
        <source>Kind of screen time</source>
        <translation>Tipo de tiempo de pantalla</translation>
    </message>
    <message>
        <source> minutes a day</source>
        <translation> minutos al día</translation>
    </message>
    <message>
        <source>Daily limit in minutes</source>
        <translation>Límite diario en minutos</translation>
    </message>
    <message>
        <source>Screen-free from</source>
        <translation>Sin pantallas desde</translation>
    </message>
    <message>
        <source>Screen-free until</source>
        <translation>Sin pantallas hasta</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Every day</source>
        <translation>&amp;Todos los días</translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation>De lunes a &amp;viernes</translation>
    </message>
    <message>
        <source>C&amp;hosen days</source>
        <translation>&amp;Días elegidos</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Empezar desde:</translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation>&amp;Límite:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Máximo:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>A boundary is a promise to yourself, not a test. Choose one that feels kind and doable.</source>
        <translation>Un límite es una promesa que te haces, no un examen. Elige uno que te resulte amable y posible.</translation>
    </message>
    <message>
        <source>About boundaries</source>
        <translation>Sobre los límites</translation>
    </message>
    <message>
        <source>Say it the way you&apos;d say it.</source>
        <translation>Dilo como tú lo dirías.</translation>
    </message>
    <message>
        <source>Companion&apos;s pause asks: “%1”</source>
        <translation>La pausa de Companion pregunta: “%1”</translation>
    </message>
</context>
<context>
    <name>BoundaryRow</name>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Days: %1</source>
        <translation>Días: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Pausar %1</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reanudar %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña act&amp;ual:</translation>
    </message>
    <message>
        <source>Not needed: you opened with the recovery code</source>
        <translation>No hace falta: abriste con el código de recuperación</translation>
    </message>
    <message>
        <source>Your new passphrase:</source>
        <translation>Tu nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>checking your current passphrase</source>
        <translation>comprobando tu frase de contraseña actual</translation>
    </message>
    <message>
        <source>That passphrase belongs to a different key; nothing was changed.</source>
        <translation>Esa frase de contraseña pertenece a otra clave; no se cambió nada.</translation>
    </message>
    <message>
        <source>saving the new passphrase</source>
        <translation>guardando la frase de contraseña nueva</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What got in the way? (if you like)</source>
        <translation>¿Qué se interpuso? (si quieres)</translation>
    </message>
    <message>
        <source>What got in the way of %1, if you like</source>
        <translation>Qué se interpuso en %1, si quieres</translation>
    </message>
</context>
<context>
    <name>CheckinLineCard</name>
    <message>
        <source>A check-in this week suggested talking to someone could help.</source>
        <translation>Un cuestionario de esta semana sugiere que hablar con alguien podría ayudarte.</translation>
    </message>
    <message>
        <source>See who to talk to</source>
        <translation>Ver con quién hablar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: hide until the next check-in</source>
        <translation>Ahora no: ocultar hasta el próximo cuestionario</translation>
    </message>
    <message>
        <source>Hide this until your next check-in</source>
        <translation>Ocultar esto hasta tu próximo cuestionario</translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Short questionnaires, scored exactly as published, to notice how things change. They are screening tools, not a diagnosis, and every one is optional.</source>
        <translation>Cuestionarios breves, puntuados tal como se publicaron, para notar cómo cambian las cosas. Son herramientas de detección, no un diagnóstico, y todos son opcionales.</translation>
    </message>
    <message>
        <source>Back to check-ins</source>
        <translation>Volver a los cuestionarios</translation>
    </message>
</context>
<context>
    <name>CirclesMapDialog</name>
    <message>
        <source>Circles map</source>
        <translation>Mapa de círculos</translation>
    </message>
    <message>
        <source>Everyone, by circle</source>
        <translation>Todos, por círculo</translation>
    </message>
    <message>
        <source>Closest people sit in the middle. Enter opens someone.</source>
        <translation>Las personas más cercanas están en el centro. Intro abre a alguien.</translation>
    </message>
    <message>
        <source>About the map</source>
        <translation>Sobre el mapa</translation>
    </message>
    <message>
        <source>Circle to edit</source>
        <translation>Círculo que editar</translation>
    </message>
    <message>
        <source>Circle name</source>
        <translation>Nombre del círculo</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Usual rhythm for this circle, in days</source>
        <translation>Ritmo habitual de este círculo, en días</translation>
    </message>
    <message>
        <source>Save &amp;circle</source>
        <translation>&amp;Guardar círculo</translation>
    </message>
    <message>
        <source>Save circle</source>
        <translation>Guardar círculo</translation>
    </message>
    <message>
        <source>C&amp;ircle:</source>
        <translation>&amp;Círculo:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Usual &amp;rhythm:</source>
        <translation>&amp;Ritmo habitual:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not in a circle</source>
        <translation>Sin círculo</translation>
    </message>
</context>
<context>
    <name>CirclesView</name>
    <message>
        <source>Circles map</source>
        <translation>Mapa de círculos</translation>
    </message>
    <message>
        <source>Not in a circle</source>
        <translation>Sin círculo</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>label, e.g. mobile</source>
        <translation>etiqueta, p. ej. móvil</translation>
    </message>
    <message>
        <source>Contact label</source>
        <translation>Etiqueta del contacto</translation>
    </message>
    <message>
        <source>number, address or @handle</source>
        <translation>número, dirección o @usuario</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Dato de contacto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this way to reach them</source>
        <translation>Quitar esta forma de contactar</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Where do you live?</source>
        <translation>¿Dónde vives?</translation>
    </message>
    <message>
        <source>So “Need help now?” shows the right help lines.</source>
        <translation>Para que “¿Necesitas ayuda ahora?” muestre las líneas de ayuda adecuadas.</translation>
    </message>
    <message>
        <source>Country for help lines</source>
        <translation>País de las líneas de ayuda</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>This only chooses which phone numbers to show. You can change it any time in Settings.</source>
        <translation>Esto solo elige qué números de teléfono mostrar. Puedes cambiarlo cuando quieras en Ajustes.</translation>
    </message>
    <message>
        <source>About the country</source>
        <translation>Sobre el país</translation>
    </message>
</context>
<context>
    <name>DataHost</name>
    <message>
        <source>checking and restoring the backup</source>
        <translation>comprobando y restaurando la copia</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>The backup wasn&apos;t restored</source>
        <translation>No se restauró la copia</translation>
    </message>
    <message>
        <source>Your vault is just as it was.</source>
        <translation>Tu bóveda está tal como estaba.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia</translation>
    </message>
</context>
<context>
    <name>DataPrivacyGroup</name>
    <message>
        <source>Your data and privacy</source>
        <translation>Tus datos y tu privacidad</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted. You can take it with you, move it, or remove it whenever you like.</source>
        <translation>Todo se queda en este equipo, cifrado. Puedes llevártelo, moverlo o borrarlo cuando quieras.</translation>
    </message>
    <message>
        <source>About your data</source>
        <translation>Sobre tus datos</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer una copia ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Rotate encryption &amp;key…</source>
        <translation>Renovar la &amp;clave de cifrado…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Make an encrypted &amp;backup automatically once a day</source>
        <translation>Hacer una copia cifrada &amp;automática una vez al día</translation>
    </message>
    <message>
        <source>Automatic daily backups</source>
        <translation>Copias diarias automáticas</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>Cuántas copias automáticas conservar</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Conservar las últimas:</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Carpeta de las copias automáticas</translation>
    </message>
    <message>
        <source>Inside your profile</source>
        <translation>Dentro de tu perfil</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many minutes idle</source>
        <translation>Bloquear tras estos minutos sin actividad</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Bloquear sin actividad:</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de las copias</translation>
    </message>
    <message>
        <source>&amp;Delete everything…</source>
        <translation>Elimi&amp;nar todo…</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <source>The last automatic backup didn&apos;t work: %1</source>
        <translation>La última copia automática no funcionó: %1</translation>
    </message>
    <message>
        <source>Latest automatic backup: %1</source>
        <translation>Última copia automática: %1</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Aún no hay ninguna copia automática.</translation>
    </message>
    <message>
        <source>The folder %1 doesn&apos;t exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>DateRow</name>
    <message>
        <source>Kind of date</source>
        <translation>Tipo de fecha</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Another date</source>
        <translation>Otra fecha</translation>
    </message>
    <message>
        <source>What the date is</source>
        <translation>Qué es la fecha</translation>
    </message>
    <message>
        <source>what it is, e.g. Graduation</source>
        <translation>qué es, p. ej. Graduación</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Quitar esta fecha</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>año desconocido</translation>
    </message>
    <message>
        <source>Year, if you know it</source>
        <translation>Año, si lo sabes</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>cada año</translation>
    </message>
    <message>
        <source>Comes back every year</source>
        <translation>Se repite cada año</translation>
    </message>
    <message>
        <source>optional, e.g. Wedding</source>
        <translation>opcional, p. ej. Boda</translation>
    </message>
</context>
<context>
    <name>DaylioImportDialog</name>
    <message>
        <source>Import from Daylio</source>
        <translation>Importar de Daylio</translation>
    </message>
    <message>
        <source>Choose your Daylio export</source>
        <translation>Elige tu exportación de Daylio</translation>
    </message>
    <message>
        <source>In Daylio, go to More → Export entries → CSV, and save the file where this computer can see it. Nothing is imported until you say so.</source>
        <translation>En Daylio, ve a Más → Exportar entradas → CSV y guarda el archivo donde este equipo pueda verlo. No se importa nada hasta que tú lo digas.</translation>
    </message>
    <message>
        <source>How to export from Daylio</source>
        <translation>Cómo exportar desde Daylio</translation>
    </message>
    <message>
        <source>Daylio file</source>
        <translation>Archivo de Daylio</translation>
    </message>
    <message>
        <source>daylio_export.csv</source>
        <translation>daylio_export.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>Match your moods</source>
        <translation>Empareja tus estados de ánimo</translation>
    </message>
    <message>
        <source>About matching moods</source>
        <translation>Sobre emparejar los estados de ánimo</translation>
    </message>
    <message>
        <source>Daylio moods and their levels</source>
        <translation>Estados de ánimo de Daylio y sus niveles</translation>
    </message>
    <message>
        <source>Mood in Daylio</source>
        <translation>Ánimo en Daylio</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Level in Companion</source>
        <translation>Nivel en Companion</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Lo que se importará</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Filas excluidas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Daylio export</source>
        <translation>Exportación de Daylio</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Couldn&apos;t read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Level for “%1”</source>
        <translation>Nivel para “%1”</translation>
    </message>
    <message>
        <source>Choose a level…</source>
        <translation>Elige un nivel…</translation>
    </message>
    <message>
        <source>Daylio keeps only the name of each mood, so tell Companion which of its five levels each one means.</source>
        <translation>Daylio guarda solo el nombre de cada estado de ánimo, así que dile a Companion a cuál de sus cinco niveles corresponde cada uno.</translation>
    </message>
    <message numerus="yes">
        <source>%n mood(s) need a level from you.</source>
        <translation>
            <numerusform>%n estado de ánimo necesita que le asignes un nivel.</numerusform>
            <numerusform>%n estados de ánimo necesitan que les asignes un nivel.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries in %2: %3 new, %4 already in Companion (updated where they were edited in Daylio since, otherwise left as they are).</source>
        <translation>%1 entradas en %2: %3 nuevas, %4 ya en Companion (actualizadas si se editaron después en Daylio; si no, se quedan como están).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>These rows can&apos;t be read and will be left out:</source>
        <translation>Estas filas no se pueden leer y se excluirán:</translation>
    </message>
    <message numerus="yes">
        <source>Mood entries imported: %n.</source>
        <translation>
            <numerusform>Se importó %n registro de ánimo.</numerusform>
            <numerusform>Se importaron %n registros de ánimo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated, as they were edited in Daylio since the last import: %n.</source>
        <translation>
            <numerusform>Se actualizó %n registro editado en Daylio después de importarlo.</numerusform>
            <numerusform>Se actualizaron %n registros editados en Daylio después de importarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as you had edited them in Companion: %n.</source>
        <translation>
            <numerusform>Se conservó %n registro que habías editado en Companion.</numerusform>
            <numerusform>Se conservaron %n registros que habías editado en Companion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already here, so skipped: %n.</source>
        <translation>
            <numerusform>%n registro ya estaba aquí y se omitió.</numerusform>
            <numerusform>%n registros ya estaban aquí y se omitieron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New activities: %n.</source>
        <translation>
            <numerusform>%n actividad nueva.</numerusform>
            <numerusform>%n actividades nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importación cancelada. No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported; your moods are as they were.</source>
        <translation>No se importó nada; tus estados de ánimo están como estaban.</translation>
    </message>
    <message>
        <source>Left out lines %1.</source>
        <translation>Líneas excluidas: %1.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Eliminar todo</translation>
    </message>
    <message>
        <source>This deletes your vault, its key, the keyring entry and the backups in your profile. It can&apos;t be undone. Backups you saved elsewhere are kept.</source>
        <translation>Esto elimina tu bóveda, su clave, la entrada del llavero y las copias de tu perfil. No se puede deshacer. Las copias que guardaste en otro sitio se conservan.</translation>
    </message>
    <message>
        <source>To go ahead, type &quot;%1&quot;:</source>
        <translation>Para continuar, escribe &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm. Nothing was deleted.</source>
        <translation>Escribe &quot;%1&quot; para confirmar. No se eliminó nada.</translation>
    </message>
</context>
<context>
    <name>EveningCheckInDialog</name>
    <message>
        <source>Evening check-in</source>
        <translation>Repaso de la noche</translation>
    </message>
    <message>
        <source>How did today go? (%1)</source>
        <translation>¿Cómo fue hoy? (%1)</translation>
    </message>
    <message>
        <source>How did today go?</source>
        <translation>¿Cómo fue hoy?</translation>
    </message>
    <message>
        <source>Press 1, 2 or 3 for each one: kept, partly, or not today. Any answer is fine; this is for noticing, not judging.</source>
        <translation>Pulsa 1, 2 o 3 en cada uno: cumplido, en parte u hoy no. Cualquier respuesta está bien; esto es para darse cuenta, no para juzgar.</translation>
    </message>
    <message>
        <source>How the check-in works</source>
        <translation>Cómo funciona el repaso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Choose an answer for at least one boundary, or Cancel.</source>
        <translation>Elige una respuesta para al menos un límite, o Cancelar.</translation>
    </message>
</context>
<context>
    <name>EveningCheckInLine</name>
    <message>
        <source>This evening: how did your boundaries go today? It takes a minute.</source>
        <translation>Esta noche: ¿cómo fueron hoy tus límites? Es solo un minuto.</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>Esta noche</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Hacer el repaso…</translation>
    </message>
    <message>
        <source>Evening check-in for your boundaries</source>
        <translation>Repaso de la noche de tus límites</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The export is NOT encrypted. Anyone who can open the file can read everything in it: names, notes, moods and journal entries. Keep it somewhere private and delete it when you&apos;re done.</source>
        <translation>La exportación NO está cifrada. Cualquiera que pueda abrir el archivo puede leer todo lo que contiene: nombres, notas, estados de ánimo y entradas del diario. Guárdala en un lugar privado y bórrala cuando termines.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>One &amp;JSON file (can be loaded into a new vault)</source>
        <translation>Un archivo &amp;JSON (se puede cargar en una bóveda nueva)</translation>
    </message>
    <message>
        <source>A folder of &amp;CSV files (for spreadsheets)</source>
        <translation>Una carpeta de archivos &amp;CSV (para hojas de cálculo)</translation>
    </message>
    <message>
        <source>Your &amp;people as a vCard file (for phones and address books)</source>
        <translation>Tus &amp;personas como archivo vCard (para teléfonos y agendas)</translation>
    </message>
    <message>
        <source>&amp;Birthdays and dates as a calendar file (for calendar apps)</source>
        <translation>C&amp;umpleaños y fechas como archivo de calendario (para apps de calendario)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>I understand the export is not encrypted</source>
        <translation>Entiendo que la exportación no está cifrada</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exportar a:</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export people as vCard</source>
        <translation>Exportar personas como vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export birthdays and dates as a calendar</source>
        <translation>Exportar cumpleaños y fechas como calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Where to put the new folder</source>
        <translation>Dónde poner la carpeta nueva</translation>
    </message>
    <message>
        <source>Tick the box to confirm the export is not encrypted.</source>
        <translation>Marca la casilla para confirmar que la exportación no está cifrada.</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Elige dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>writing the export</source>
        <translation>escribiendo la exportación</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>If you or someone else is in danger right now, call your local emergency number. You can also talk to a doctor, or someone you trust, about how you&apos;re feeling.</source>
        <translation>Si tú o alguien más corre peligro ahora mismo, llama al número de emergencias de tu zona. También puedes hablar de cómo te sientes con un médico o con alguien de confianza.</translation>
    </message>
    <message>
        <source>If you or someone else is in danger right now, call your local emergency number: 112 works from mobile phones in many countries, 911 across North America, and 999 in the UK and some other countries.</source>
        <translation>Si tú o alguien más corre peligro ahora mismo, llama al número de emergencias de tu zona: el 112 funciona desde teléfonos móviles en muchos países, el 911 en toda Norteamérica y el 999 en el Reino Unido y algunos otros países.</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone. These people are there to listen.</source>
        <translation>No tienes por qué cargar con esto en soledad. Estas personas están ahí para escucharte.</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Not in danger, but struggling? A doctor, a counsellor or someone you trust can help too. Telling one person how you&apos;ve really been is a brave first step.</source>
        <translation>¿No estás en peligro, pero lo estás pasando mal? Un médico, un terapeuta o alguien de confianza también pueden ayudarte. Contarle a una persona cómo has estado de verdad es un primer paso valiente.</translation>
    </message>
    <message>
        <source>Other people to talk to</source>
        <translation>Otras personas con quien hablar</translation>
    </message>
    <message>
        <source>Country shown</source>
        <translation>País mostrado</translation>
    </message>
    <message>
        <source>Country for help lines</source>
        <translation>País de las líneas de ayuda</translation>
    </message>
    <message>
        <source>Show help for:</source>
        <translation>Mostrar ayuda de:</translation>
    </message>
    <message>
        <source>If you&apos;re in danger right now, call your local emergency number.</source>
        <translation>Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Companion doesn&apos;t have help lines for your country yet. If it&apos;s in the list below, choose it to see the lines there.</source>
        <translation>Companion aún no tiene líneas de ayuda para tu país. Si está en la lista de abajo, elígelo para ver sus líneas.</translation>
    </message>
    <message>
        <source>In an emergency in %1, call %2.</source>
        <translation>En una emergencia en %1, llama al %2.</translation>
    </message>
    <message>
        <source>Showing help for %1. Somewhere else? Choose another country below.</source>
        <translation>Se muestra la ayuda de %1. ¿Estás en otro sitio? Elige otro país abajo.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llama al %1</translation>
    </message>
    <message>
        <source>Text %1 to %2</source>
        <translation>Envía %1 por SMS al %2</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation>Envía un SMS al %1</translation>
    </message>
    <message>
        <source>Chat online</source>
        <translation>Chat en línea</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
    <message>
        <source>Source: %1, checked %2</source>
        <translation>Fuente: %1, comprobado: %2</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>%1 results over time</source>
        <translation>Resultados de %1 a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Results as text</source>
        <translation>Resultados como texto</translation>
    </message>
    <message>
        <source>Your results, oldest first:</source>
        <translation>Tus resultados, del más antiguo al más reciente:</translation>
    </message>
    <message>
        <source>Each is a screening result, not a diagnosis.</source>
        <translation>Cada uno es un resultado de detección, no un diagnóstico.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Aún no hay resultados.</translation>
    </message>
    <message>
        <source>question %1 answered %2; </source>
        <translation>pregunta %1, respuesta %2; </translation>
    </message>
</context>
<context>
    <name>ImportContactsWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Bring in people from your contacts</source>
        <translation>Trae personas de tus contactos</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>Choose one or more .vcf files exported from your phone, Google, Apple or Outlook. You&apos;ll see everyone before anything is saved, and can leave anyone out.</source>
        <translation>Elige uno o varios archivos .vcf exportados desde tu teléfono, Google, Apple u Outlook. Verás a todos antes de guardar nada y podrás dejar fuera a quien quieras.</translation>
    </message>
    <message>
        <source>About importing</source>
        <translation>Sobre la importación</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Archivos elegidos</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Elegir archivos…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Elegir archivos</translation>
    </message>
    <message>
        <source>Also bring in &amp;photos</source>
        <translation>Traer también las &amp;fotos</translation>
    </message>
    <message>
        <source>Also bring in photos</source>
        <translation>Traer también las fotos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Import only the &amp;complete cards</source>
        <translation>Importar solo las tarjetas &amp;completas</translation>
    </message>
    <message>
        <source>Import only the complete cards</source>
        <translation>Importar solo las tarjetas completas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next: read the files</source>
        <translation>Siguiente: leer los archivos</translation>
    </message>
    <message>
        <source>Choose contact files</source>
        <translation>Elegir archivos de contactos</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard);;All files (*)</source>
        <translation>Archivos de contactos (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading your contacts…</source>
        <translation>Leyendo tus contactos…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancelar la lectura</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>These might be the same person</source>
        <translation>Podrían ser la misma persona</translation>
    </message>
    <message>
        <source>Each card on the left shares a name or a number with someone on the right, but not enough to be sure. Both are kept unless you choose otherwise.</source>
        <translation>Cada tarjeta de la izquierda comparte un nombre o un número con alguien de la derecha, pero no lo suficiente para estar seguros. Se conservan las dos, salvo que elijas otra cosa.</translation>
    </message>
    <message>
        <source>About possible duplicates</source>
        <translation>Sobre los posibles duplicados</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Might be</source>
        <translation>Podría ser</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next: everyone in the files</source>
        <translation>Siguiente: todos los de los archivos</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>cumpleaños %1</translation>
    </message>
    <message>
        <source>%1 (already in Companion)</source>
        <translation>%1 (ya en Companion)</translation>
    </message>
    <message>
        <source>%1
(earlier in the file)</source>
        <translation>%1
(antes en el archivo)</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Qué hacer con %1</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Leave this card out</source>
        <translation>Dejar fuera esta tarjeta</translation>
    </message>
    <message>
        <source>What&apos;s in the files</source>
        <translation>Lo que hay en los archivos</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Juego de caracteres</translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation>Leer el archivo como</translation>
    </message>
    <message>
        <source>Contacts to bring in</source>
        <translation>Contactos que traer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Circle for everyone new</source>
        <translation>Círculo para todas las personas nuevas</translation>
    </message>
    <message>
        <source>Put everyone in this circle</source>
        <translation>Poner a todos en este círculo</translation>
    </message>
    <message>
        <source>Cards that couldn&apos;t be read</source>
        <translation>Tarjetas que no se pudieron leer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t say which character set it uses, and Companion isn&apos;t sure of its guess. If the names look wrong, choose the reading where they look right:</source>
        <translation>%1 no dice qué juego de caracteres usa, y Companion no está seguro de su suposición. Si los nombres se ven mal, elige la lectura en la que se vean bien:</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Sin círculo</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>1 other date</source>
        <translation>1 fecha más</translation>
    </message>
    <message>
        <source>%1 other dates</source>
        <translation>%1 fechas más</translation>
    </message>
    <message>
        <source>nickname %1</source>
        <translation>apodo %1</translation>
    </message>
    <message>
        <source>related: %1</source>
        <translation>personas relacionadas: %1</translation>
    </message>
    <message>
        <source>looks like %1 (%2)</source>
        <translation>parece %1 (%2)</translation>
    </message>
    <message>
        <source>the same person as %1, earlier in the file (%2)</source>
        <translation>la misma persona que %1, antes en el archivo (%2)</translation>
    </message>
    <message>
        <source>might be %1 (%2)</source>
        <translation>podría ser %1 (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>Circle for %1</source>
        <translation>Círculo de %1</translation>
    </message>
    <message>
        <source>%1, card %2 (line %3): %4</source>
        <translation>%1, tarjeta %2 (línea %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>People found in %1: %n.</source>
        <translation>
            <numerusform>%n persona encontrada en %1.</numerusform>
            <numerusform>%n personas encontradas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cards that couldn&apos;t be read, listed below: %n.</source>
        <translation>
            <numerusform>%n tarjeta no se pudo leer; está en la lista de abajo.</numerusform>
            <numerusform>%n tarjetas no se pudieron leer; están en la lista de abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People added: %n</source>
        <translation>
            <numerusform>Se añadió %n persona</numerusform>
            <numerusform>Se añadieron %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, updated %n</source>
        <translation>
            <numerusform>, se actualizó %n</numerusform>
            <numerusform>, se actualizaron %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already here with nothing new</source>
        <translation>
            <numerusform>, %n ya estaba, sin nada nuevo</numerusform>
            <numerusform>, %n ya estaban, sin nada nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, left out %n</source>
        <translation>
            <numerusform>, se dejó fuera %n</numerusform>
            <numerusform>, se dejaron fuera %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Who went where</source>
        <translation>Qué pasó con cada persona</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Days with contact per week</source>
        <translation>Días con contacto por semana</translation>
    </message>
    <message>
        <source>Loneliness (UCLA-3)</source>
        <translation>Soledad (UCLA-3)</translation>
    </message>
    <message>
        <source>Social network (LSNS-6)</source>
        <translation>Red social (LSNS-6)</translation>
    </message>
    <message>
        <source>higher means lonelier</source>
        <translation>más alto significa más soledad</translation>
    </message>
    <message>
        <source>higher means more connected</source>
        <translation>más alto significa más conexión</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 interval %2 to %3</source>
        <translation>intervalo del %1: de %2 a %3</translation>
    </message>
    <message>
        <source>%1: %2 in %3; %4: %5 in %6. Each side needs at least %7 days in %8 weeks.</source>
        <translation>%1: %2 en %3; %4: %5 en %6. Cada lado necesita al menos %7 días en %8 semanas.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>%1: mood %2 on %3. %4: %5 on %6. Difference %7 (%8).</source>
        <translation>%1: ánimo %2 en %3. %4: %5 en %6. Diferencia %7 (%8).</translation>
    </message>
    <message>
        <source>Holm-adjusted p %1.</source>
        <translation>p ajustado por Holm %1.</translation>
    </message>
    <message>
        <source>Difference %1 points on a 1–5 scale (%2), over %3 and %4.</source>
        <translation>Diferencia de %1 puntos en una escala de 1 a 5 (%2), sobre %3 y %4.</translation>
    </message>
    <message>
        <source>%1: difference %2 points (%3), corrected for %4 kinds compared together.</source>
        <translation>%1: diferencia de %2 puntos (%3), corregida por %4 tipos comparados a la vez.</translation>
    </message>
    <message>
        <source>%1 kinds compared together; after correcting for that, none differs clearly.</source>
        <translation>%1 tipos comparados a la vez; tras corregirlo, ninguno se distingue con claridad.</translation>
    </message>
    <message>
        <source>%1: %2 fewer times in touch than in a usual quarter</source>
        <translation>%1: %2 contactos menos que en un trimestre habitual</translation>
    </message>
    <message>
        <source>%1: felt %2 of 5 on average</source>
        <translation>%1: te sentiste %2 de 5 de media</translation>
    </message>
    <message>
        <source>How the numbers are worked out: each compares your average mood on two kinds of day. The intervals come from resampling whole weeks %1 times, because one day&apos;s mood carries into the next; they are approximate, most of all with few weeks.</source>
        <translation>Cómo se calculan las cifras: cada una compara tu ánimo medio en dos tipos de día. Los intervalos salen de remuestrear semanas completas %1 veces, porque el ánimo de un día influye en el siguiente; son aproximados, sobre todo con pocas semanas.</translation>
    </message>
    <message>
        <source>%1: average mood %2 over %3. %4: %5 over %6.</source>
        <translation>%1: ánimo medio %2 en %3. %4: %5 en %6.</translation>
    </message>
    <message>
        <source>%1 comparisons are made at once, so each interval is widened to %2 (Bonferroni) and p-values are adjusted with Holm&apos;s method; a kind is named above only when it stays clear after both.</source>
        <translation>Se hacen %1 comparaciones a la vez, así que cada intervalo se amplía al %2 (Bonferroni) y los valores p se ajustan con el método de Holm; arriba solo se nombra un tipo si sigue siendo claro tras ambas correcciones.</translation>
    </message>
    <message>
        <source>In the chart, kinds in the accent colour are clear after correction; grey ones with a dashed edge are not.</source>
        <translation>En el gráfico, los tipos en el color de acento son claros tras la corrección; los grises con borde discontinuo, no.</translation>
    </message>
    <message>
        <source>%1: %2, latest %3.</source>
        <translation>%1: %2, el último %3.</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 punto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>Scores run from %1 to %2; %3.</source>
        <translation>Las puntuaciones van de %1 a %2; %3.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>Average mood (1–5)</source>
        <translation>Ánimo medio (1–5)</translation>
    </message>
    <message>
        <source>Mood with it minus without (points)</source>
        <translation>Ánimo con ello menos sin ello (puntos)</translation>
    </message>
    <message>
        <source>Days in touch each week (0–7)</source>
        <translation>Días en contacto por semana (0–7)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Patterns in your own days over the last year. They show what tends to go together, not what causes what.</source>
        <translation>Patrones de tus propios días durante el último año. Muestran lo que suele ir junto, no qué causa qué.</translation>
    </message>
    <message>
        <source>Insights summary</source>
        <translation>Resumen de patrones</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Make a summary report</source>
        <translation>Crear un informe resumen</translation>
    </message>
    <message>
        <source>A printable summary to bring to a therapist (Ctrl+P)</source>
        <translation>Un resumen imprimible para llevar a tu terapeuta (Ctrl+P)</translation>
    </message>
    <message>
        <source>How the numbers are worked out</source>
        <translation>Cómo se calculan las cifras</translation>
    </message>
    <message>
        <source>%1 of %2 insights have enough days to show.</source>
        <translation>%1 de %2 patrones tienen días suficientes para mostrarse.</translation>
    </message>
    <message>
        <source>Insights appear once there&apos;s enough of your own data to say something honest: at least %1 days on each side of a comparison.</source>
        <translation>Los patrones aparecen cuando hay suficientes datos tuyos para decir algo honesto: al menos %1 días en cada lado de una comparación.</translation>
    </message>
</context>
<context>
    <name>InstrumentCard</name>
    <message>
        <source>How your well-being has been over the last two weeks.</source>
        <translation>Cómo ha estado tu bienestar en las últimas dos semanas.</translation>
    </message>
    <message>
        <source>Mood and low feelings over the last two weeks.</source>
        <translation>El ánimo y los momentos de bajón en las últimas dos semanas.</translation>
    </message>
    <message>
        <source>Worry and nervousness over the last two weeks.</source>
        <translation>La preocupación y los nervios en las últimas dos semanas.</translation>
    </message>
    <message>
        <source>Three questions on how connected or lonely you feel.</source>
        <translation>Tres preguntas sobre cuánta conexión o soledad sientes.</translation>
    </message>
    <message>
        <source>How many people you can lean on, in family and among friends.</source>
        <translation>Con cuántas personas puedes contar, en la familia y entre tus amistades.</translation>
    </message>
    <message>
        <source>The two-question short form of the PHQ-9.</source>
        <translation>La versión corta del PHQ-9, de dos preguntas.</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Re-take</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Seguir donde lo dejé</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>Seguir con %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Not taken yet.</source>
        <translation>Aún no lo has hecho.</translation>
    </message>
    <message>
        <source>question %1 answered %2; </source>
        <translation>pregunta %1, respuesta %2; </translation>
    </message>
    <message>
        <source>Last: %1“%2” on %3.</source>
        <translation>Último: %1“%2” el %3.</translation>
    </message>
    <message>
        <source>Due for a re-take, whenever suits you.</source>
        <translation>Toca repetirlo, cuando te venga bien.</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions last time.</source>
        <translation>La última vez respondiste %1 de %2 preguntas.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Hacerlo de nuevo</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Search what you&apos;ve written</source>
        <translation>Busca en lo que has escrito</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Write with a prompt…</source>
        <translation>Escribir con una pregunta…</translation>
    </message>
    <message>
        <source>Write with a prompt</source>
        <translation>Escribir con una pregunta</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Quitar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Journal status</source>
        <translation>Estado del diario</translation>
    </message>
    <message>
        <source>%1 · mood note (%2)</source>
        <translation>%1 · nota de ánimo (%2)</translation>
    </message>
    <message>
        <source>Nothing matches that search.</source>
        <translation>Nada coincide con esa búsqueda.</translation>
    </message>
    <message>
        <source>Nothing written yet. A prompt can help you start, whenever you feel like it.</source>
        <translation>Aún no hay nada escrito. Una pregunta puede ayudarte a empezar, cuando te apetezca.</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>Editar la entrada del diario</translation>
    </message>
    <message>
        <source>Remove this mood, with its note?</source>
        <translation>¿Quitar este ánimo, con su nota?</translation>
    </message>
    <message>
        <source>Remove this journal entry?</source>
        <translation>¿Quitar esta entrada del diario?</translation>
    </message>
    <message>
        <source>Mood removed.</source>
        <translation>Ánimo quitado.</translation>
    </message>
    <message>
        <source>Journal entry removed.</source>
        <translation>Entrada del diario quitada.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Companion is locked</source>
        <translation>Companion está bloqueado</translation>
    </message>
    <message>
        <source>Enter your passphrase to carry on.</source>
        <translation>Escribe tu frase de contraseña para seguir.</translation>
    </message>
    <message>
        <source>Type the recovery code you saved when you set up Companion.</source>
        <translation>Escribe el código de recuperación que guardaste al configurar Companion.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>“Need help now?” still works while Companion is locked.</source>
        <translation>“¿Necesitas ayuda ahora?” sigue funcionando mientras Companion está bloqueado.</translation>
    </message>
    <message>
        <source>Help while locked</source>
        <translation>Ayuda con el bloqueo activo</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Anotar una interacción</translation>
    </message>
    <message>
        <source>Who were you in touch with?</source>
        <translation>¿Con quién estuviste en contacto?</translation>
    </message>
    <message>
        <source>Start typing a name, then Enter</source>
        <translation>Escribe un nombre y pulsa Intro</translation>
    </message>
    <message>
        <source>People in this interaction</source>
        <translation>Personas de esta interacción</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Quitar a la persona seleccionada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Poner la hora actual</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Who reached out</source>
        <translation>Quién dio el primer paso</translation>
    </message>
    <message>
        <source>It felt: %1</source>
        <translation>Cómo fue: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: anything you&apos;d like to remember</source>
        <translation>Opcional: lo que quieras recordar</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>Cuá&amp;ndo:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <source>Who reached &amp;out:</source>
        <translation>Quién dio el &amp;primer paso:</translation>
    </message>
    <message>
        <source>How it felt:</source>
        <translation>Cómo fue:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Anotarlo</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Anotarlo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Editar la interacción</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>No one here matches “%1”.</source>
        <translation>Nadie aquí coincide con “%1”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Screen &amp; boundaries</source>
        <translation>Pantallas y límites</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Log a mood</source>
        <translation>Anotar el ánimo</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Anotar interacción…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Undo a removal or a quick mood, for a few seconds</source>
        <translation>Deshacer algo quitado o un ánimo rápido, durante unos segundos</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected record (asks first)</source>
        <translation>Quitar el registro seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation>Líneas de crisis y números de emergencias (F1)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Abriendo tu bóveda…</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>Abriendo tu bóveda</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (all of them: Help → Keyboard shortcuts):</source>
        <translation>Atajos de teclado (todos en Ayuda → Atajos de teclado):</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Companion — demo</source>
        <translation>Companion — demostración</translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>%1, hours</source>
        <translation>%1, horas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation>%1, minutos</translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation>%1: poner en %2</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood over time</source>
        <translation>El ánimo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostrar periodo: %1</translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation>Resumen del gráfico</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Leyenda del gráfico</translation>
    </message>
    <message>
        <source>each week&apos;s average mood</source>
        <translation>el ánimo medio de cada semana</translation>
    </message>
    <message>
        <source>the average of the last 30 days</source>
        <translation>la media de los últimos 30 días</translation>
    </message>
    <message>
        <source>one dot per day: its average mood, coloured by mood</source>
        <translation>un punto por día: su ánimo medio, coloreado según el ánimo</translation>
    </message>
    <message>
        <source>the average of the last 7 days</source>
        <translation>la media de los últimos 7 días</translation>
    </message>
    <message>
        <source>Mood chart</source>
        <translation>Gráfico del ánimo</translation>
    </message>
    <message>
        <source>Day average</source>
        <translation>Media del día</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Nothing logged in this stretch yet. Once you note a few moods, they&apos;ll show here.</source>
        <translation>Aún no hay nada anotado en este periodo. Cuando anotes algunos estados de ánimo, aparecerán aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Days with a mood noted: %n; on average about “%1” (%2 of 5).</source>
        <translation>
            <numerusform>%n día con el ánimo anotado; de media, más o menos “%1” (%2 de 5).</numerusform>
            <numerusform>%n días con el ánimo anotado; de media, más o menos “%1” (%2 de 5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodEntryDialog</name>
    <message>
        <source>very low</source>
        <translation>muy baja</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>muy alta</translation>
    </message>
    <message>
        <source>Edit mood</source>
        <translation>Editar el ánimo</translation>
    </message>
    <message>
        <source>Log a mood</source>
        <translation>Anotar el ánimo</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>e.g. walk, work, cooking; Enter adds</source>
        <translation>p. ej. paseo, trabajo, cocina; Intro añade</translation>
    </message>
    <message>
        <source>Who you were with</source>
        <translation>Con quién estabas</translation>
    </message>
    <message>
        <source>Start typing a name; Enter adds</source>
        <translation>Escribe un nombre; Intro añade</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to remember about now (optional)</source>
        <translation>Lo que quieras recordar de este momento (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Only the mood is needed. Everything else is there if it helps.</source>
        <translation>Solo hace falta el ánimo. Lo demás está ahí por si te sirve.</translation>
    </message>
    <message>
        <source>Only the mood is needed</source>
        <translation>Solo hace falta el ánimo</translation>
    </message>
    <message>
        <source>Choose how you feel first: one of the five moods at the top.</source>
        <translation>Primero elige cómo te sientes: uno de los cinco estados de arriba.</translation>
    </message>
    <message>
        <source>Delete this mood?</source>
        <translation>¿Eliminar este ánimo?</translation>
    </message>
    <message>
        <source>This entry and its note will be removed.</source>
        <translation>Se quitarán esta entrada y su nota.</translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>A quiet record of how you&apos;ve been. Every day counts, logged or not.</source>
        <translation>Un registro tranquilo de cómo has estado. Cada día cuenta, lo anotes o no.</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>Filter by activity</source>
        <translation>Filtrar por actividad</translation>
    </message>
    <message>
        <source>&amp;Feeling:</source>
        <translation>&amp;Emoción:</translation>
    </message>
    <message>
        <source>Filter by feeling</source>
        <translation>Filtrar por emoción</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrar por persona</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <source>Your year</source>
        <translation>Tu año</translation>
    </message>
    <message>
        <source>Recent moods</source>
        <translation>Ánimo reciente</translation>
    </message>
    <message>
        <source>Recent moods; press Enter to edit one</source>
        <translation>Ánimo reciente; pulsa Intro para editar uno</translation>
    </message>
    <message>
        <source>Recent moods status</source>
        <translation>Estado del ánimo reciente</translation>
    </message>
    <message>
        <source>Log with details…</source>
        <translation>Anotar con detalles…</translation>
    </message>
    <message>
        <source>Log a mood with details</source>
        <translation>Anotar el ánimo con detalles</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected mood</source>
        <translation>Editar el ánimo seleccionado</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected mood</source>
        <translation>Quitar el ánimo seleccionado</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Import from Daylio…</source>
        <translation>Importar de Daylio…</translation>
    </message>
    <message>
        <source>Import moods from Daylio</source>
        <translation>Importar estados de ánimo de Daylio</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>energy %1</source>
        <translation>energía %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>No moods match these filters.</source>
        <translation>Ningún ánimo coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No moods yet. The buttons above take a second, whenever you like.</source>
        <translation>Aún no hay estados de ánimo. Los botones de arriba llevan un segundo, cuando quieras.</translation>
    </message>
    <message>
        <source>Remove this mood?
%1</source>
        <translation>¿Quitar este ánimo?
%1</translation>
    </message>
    <message>
        <source>Mood removed.</source>
        <translation>Ánimo quitado.</translation>
    </message>
</context>
<context>
    <name>MoodSettingsGroup</name>
    <message>
        <source>Mood and check-ins</source>
        <translation>Ánimo y cuestionarios</translation>
    </message>
    <message>
        <source>Name of mood %1</source>
        <translation>Nombre del ánimo %1</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset the mood names</source>
        <translation>Restablecer los nombres de los estados de ánimo</translation>
    </message>
    <message>
        <source>Remind me to note my mood each day at</source>
        <translation>Recordarme anotar mi ánimo cada día a las</translation>
    </message>
    <message>
        <source>Daily mood reminder</source>
        <translation>Recordatorio diario del ánimo</translation>
    </message>
    <message>
        <source>Mood reminder time</source>
        <translation>Hora del recordatorio del ánimo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Suggest re-taking a check-in after</source>
        <translation>Sugerir repetir un cuestionario después de</translation>
    </message>
    <message>
        <source>Mood names, 1 to 5:</source>
        <translation>Nombres del ánimo, de 1 a 5:</translation>
    </message>
    <message>
        <source>Your own feelings:</source>
        <translation>Tus propias emociones:</translation>
    </message>
    <message>
        <source>Suggest re-taking a check-in after:</source>
        <translation>Sugerir repetir un cuestionario tras:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Couldn&apos;t change that just now. Your earlier choice is kept.</source>
        <translation>No se pudo cambiar ahora mismo. Se mantiene lo que habías elegido.</translation>
    </message>
    <message>
        <source>Each of the five moods needs a name.</source>
        <translation>Cada uno de los cinco estados de ánimo necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Your vault is open. Its passphrase file was missing or damaged, so please choose a passphrase for next time.</source>
        <translation>Tu bóveda está abierta. Su archivo de frase de contraseña faltaba o estaba dañado, así que elige una frase de contraseña para la próxima vez.</translation>
    </message>
    <message>
        <source>Why a new passphrase</source>
        <translation>Por qué una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Saving your new passphrase</source>
        <translation>Guardando tu nueva frase de contraseña</translation>
    </message>
</context>
<context>
    <name>NudgeBanner</name>
    <message>
        <source>A gentle reminder</source>
        <translation>Un recordatorio amable</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Reminder details</source>
        <translation>Detalles del recordatorio</translation>
    </message>
    <message>
        <source>Log a chat…</source>
        <translation>Anotar una charla…</translation>
    </message>
    <message>
        <source>Log a chat</source>
        <translation>Anotar una charla</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Recuérdamelo mañana</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Welcome to Companion</source>
        <translation>Te damos la bienvenida a Companion</translation>
    </message>
    <message>
        <source>Setting up Companion</source>
        <translation>Configurando Companion</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Crear mi bóveda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation>Líneas de crisis y números de emergencias (F1)</translation>
    </message>
</context>
<context>
    <name>OwnFeelings</name>
    <message>
        <source>Your own feelings</source>
        <translation>Tus propias emociones</translation>
    </message>
    <message>
        <source>Always offered: %1.</source>
        <translation>Siempre disponibles: %1.</translation>
    </message>
    <message>
        <source>Feelings always offered</source>
        <translation>Emociones siempre disponibles</translation>
    </message>
    <message>
        <source>Your own feelings; F2 renames one</source>
        <translation>Tus propias emociones; F2 cambia el nombre de una</translation>
    </message>
    <message>
        <source>None yet. Add a word that fits how you feel, and it joins the list.</source>
        <translation>Aún no hay ninguna. Añade una palabra que encaje con cómo te sientes y se sumará a la lista.</translation>
    </message>
    <message>
        <source>No feelings of your own yet</source>
        <translation>Aún no tienes emociones propias</translation>
    </message>
    <message>
        <source>A feeling of your own, e.g. proud</source>
        <translation>Una emoción tuya, p. ej. orgullo</translation>
    </message>
    <message>
        <source>New feeling</source>
        <translation>Nueva emoción</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add this feeling</source>
        <translation>Añadir esta emoción</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Rename the selected feeling</source>
        <translation>Cambiar el nombre de la emoción seleccionada</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Take the selected feeling off the list</source>
        <translation>Quitar de la lista la emoción seleccionada</translation>
    </message>
    <message>
        <source>Renaming changes it on moods you already logged too. Taking one off the list keeps it on those moods.</source>
        <translation>Cambiar el nombre también la cambia en los estados de ánimo que ya anotaste. Quitar una de la lista la mantiene en esos estados de ánimo.</translation>
    </message>
    <message>
        <source>About renaming and removing feelings</source>
        <translation>Sobre cambiar el nombre y quitar emociones</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Type the feeling first, then Add.</source>
        <translation>Primero escribe la emoción y luego pulsa Añadir.</translation>
    </message>
    <message>
        <source>“%1” is already in the list of feelings.</source>
        <translation>“%1” ya está en la lista de emociones.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Pista sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match yet. Please type the same one twice.</source>
        <translation>Las dos frases de contraseña aún no coinciden. Escribe la misma dos veces.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>It locks your vault. You&apos;ll type it when Companion asks.</source>
        <translation>Cierra tu bóveda. La escribirás cuando Companion te la pida.</translation>
    </message>
    <message>
        <source>Please keep it somewhere safe. If you forget it, the only way back in is the recovery code on the next page: nobody else, not even us, can open your vault.</source>
        <translation>Guárdala en un lugar seguro. Si la olvidas, la única forma de volver a entrar es el código de recuperación de la página siguiente: nadie más, ni siquiera nosotros, puede abrir tu bóveda.</translation>
    </message>
    <message>
        <source>About forgetting the passphrase</source>
        <translation>Sobre olvidar la frase de contraseña</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Crear mi bóveda</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Creando tu bóveda…</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Examinar: %1</translation>
    </message>
</context>
<context>
    <name>PauseQuestion</name>
    <message>
        <source>A pause</source>
        <translation>Una pausa</translation>
    </message>
    <message>
        <source>Either answer is fine; nothing is blocked.</source>
        <translation>Cualquier respuesta está bien; no se bloquea nada.</translation>
    </message>
    <message>
        <source>Either answer is fine</source>
        <translation>Cualquier respuesta está bien</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Sin círculo</translation>
    </message>
    <message>
        <source>%1: last contact %2, %3</source>
        <translation>%1: último contacto %2, %3</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The people who matter to you, and a gentle sense of when to say hello.</source>
        <translation>Las personas que te importan, y una idea amable de cuándo saludarlas.</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Circles &amp;map</source>
        <translation>&amp;Mapa de círculos</translation>
    </message>
    <message>
        <source>Circles map</source>
        <translation>Mapa de círculos</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>A&amp;notar interacción…</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Anotar interacción</translation>
    </message>
    <message>
        <source>Note a chat, a call or a visit (Ctrl+L)</source>
        <translation>Anota una charla, una llamada o una visita (Ctrl+L)</translation>
    </message>
    <message>
        <source>Search names, numbers, tags…</source>
        <translation>Busca nombres, números, etiquetas…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Filter by circle</source>
        <translation>Filtrar por círculo</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Dates coming up</source>
        <translation>Próximas fechas</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Mostrar a&amp;rchivadas</translation>
    </message>
    <message>
        <source>Show archived people</source>
        <translation>Mostrar personas archivadas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No one here yet. Add someone you&apos;d like to stay close to, or import your contacts, and Companion will keep a kind eye on when you last talked.</source>
        <translation>Aún no hay nadie. Añade a alguien con quien quieras mantener el contacto, o importa tus contactos, y Companion recordará con cariño cuándo hablaste con cada una por última vez.</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Aún no hay personas</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Todos los círculos</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>No one matches. Try fewer filters.</source>
        <translation>Nadie coincide. Prueba con menos filtros.</translation>
    </message>
    <message>
        <source>You&apos;re in touch with everyone as often as you hoped.</source>
        <translation>Estás en contacto con todos tan a menudo como querías.</translation>
    </message>
    <message>
        <source>One person might enjoy a hello soon.</source>
        <translation>A una persona quizá le guste un saludo pronto.</translation>
    </message>
    <message>
        <source>%1 people might enjoy a hello soon.</source>
        <translation>A %1 personas quizá les guste un saludo pronto.</translation>
    </message>
    <message>
        <source>One person might enjoy a hello.</source>
        <translation>A una persona quizá le guste un saludo.</translation>
    </message>
    <message>
        <source>%1 people might enjoy a hello, whenever you have the energy.</source>
        <translation>A %1 personas quizá les guste un saludo, cuando tengas energía.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>That file isn&apos;t a picture Companion can read.</source>
        <translation>Ese archivo no es una imagen que Companion pueda leer.</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>Initials of %1</source>
        <translation>Iniciales de %1</translation>
    </message>
    <message>
        <source>Change p&amp;hoto…</source>
        <translation>Cambiar &amp;foto…</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>Añadir &amp;foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>no circle</source>
        <translation>sin círculo</translation>
    </message>
    <message>
        <source>· Last contact: %1 · %2, %3</source>
        <translation>· Último contacto: %1 · %2, %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Apodo: %1</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>Cumpleaños: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Personas relacionadas: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Archived: no reminders for them.</source>
        <translation>Archivada: sin recordatorios.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>&amp;Anotar interacción…</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Anotar interacción</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Contact over the last year</source>
        <translation>Contacto durante el último año</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>Título del gráfico</translation>
    </message>
    <message>
        <source>%1 times in the last year</source>
        <translation>%1 veces en el último año</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected interaction</source>
        <translation>Editar la interacción seleccionada</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected interaction</source>
        <translation>Quitar la interacción seleccionada</translation>
    </message>
    <message>
        <source>reached out: %1</source>
        <translation>dio el primer paso: %1</translation>
    </message>
    <message>
        <source>felt %1</source>
        <translation>fue %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Nothing noted yet. Your first hello will show up here.</source>
        <translation>Aún no hay nada anotado. Tu primer saludo aparecerá aquí.</translation>
    </message>
    <message>
        <source>Remove this interaction?
%1</source>
        <translation>¿Quitar esta interacción?
%1</translation>
    </message>
    <message>
        <source>Interaction removed.</source>
        <translation>Interacción quitada.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Their name, as you think of them</source>
        <translation>Su nombre, tal como piensas en esa persona</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Sin círculo</translation>
    </message>
    <message>
        <source>Use the circle&apos;s usual rhythm</source>
        <translation>Usar el ritmo habitual del círculo</translation>
    </message>
    <message>
        <source>Be in touch every so many days</source>
        <translation>Estar en contacto cada tantos días</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Mes del cumpleaños</translation>
    </message>
    <message>
        <source>No birthday noted</source>
        <translation>Sin cumpleaños anotado</translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation>Día del cumpleaños</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>año desconocido</translation>
    </message>
    <message>
        <source>Birthday year, if you know it</source>
        <translation>Año de nacimiento, si lo sabes</translation>
    </message>
    <message>
        <source>Add a way to &amp;reach them</source>
        <translation>Añadir una forma de &amp;contacto</translation>
    </message>
    <message>
        <source>Add a way to reach them</source>
        <translation>Añadir una forma de contacto</translation>
    </message>
    <message>
        <source>Add a &amp;date</source>
        <translation>Añadir una &amp;fecha</translation>
    </message>
    <message>
        <source>Add a date that matters to them</source>
        <translation>Añadir una fecha importante para esta persona</translation>
    </message>
    <message>
        <source>Add a related &amp;person</source>
        <translation>Añadir una persona &amp;relacionada</translation>
    </message>
    <message>
        <source>Add someone they&apos;re related to</source>
        <translation>Añadir a alguien con quien tiene relación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kids&apos; names, what they&apos;re up to, things to ask about…</source>
        <translation>Nombres de sus hijos, en qué anda, cosas por las que preguntar…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>e.g. school, climbing</source>
        <translation>p. ej. colegio, escalada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Apodo:</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>C&amp;írculo:</translation>
    </message>
    <message>
        <source>Stay in touch:</source>
        <translation>Mantener el contacto:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>C&amp;umpleaños:</translation>
    </message>
    <message>
        <source>Other dates:</source>
        <translation>Otras fechas:</translation>
    </message>
    <message>
        <source>Ways to reach them:</source>
        <translation>Formas de contacto:</translation>
    </message>
    <message>
        <source>Related people:</source>
        <translation>Personas relacionadas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archived people stay in your history but leave the list and reminders.</source>
        <translation>Las personas archivadas siguen en tu historial, pero salen de la lista y de los recordatorios.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>use the circle&apos;s usual rhythm (%1 days)</source>
        <translation>usar el ritmo habitual del círculo (%1 días)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <source>Delete %1 and your notes about them?</source>
        <translation>¿Eliminar a %1 y tus notas sobre esta persona?</translation>
    </message>
    <message>
        <source>This can&apos;t be undone. If you&apos;d rather keep your shared history, Archive keeps it and stops reminders.</source>
        <translation>No se puede deshacer. Si prefieres conservar la historia que compartes con esta persona, Archivar la guarda y detiene los recordatorios.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>Write a little</source>
        <translation>Escribe un poco</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>A line or two is plenty. Only you can read this, unless you choose to add it to a report.</source>
        <translation>Con una o dos líneas basta. Solo tú puedes leerlo, salvo que decidas añadirlo a un informe.</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Otra pregunta</translation>
    </message>
    <message>
        <source>Show another prompt</source>
        <translation>Mostrar otra pregunta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>QuestionnaireRunner</name>
    <message>
        <source>This questionnaire is shown in English: there is no official translation of it yet.</source>
        <translation>Este cuestionario se muestra en inglés: todavía no tiene una traducción oficial.</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Sobre el idioma</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>Número de pregunta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Keys: the number beside an answer chooses it, Enter goes on, Backspace goes back. Your answers are saved as you go.</source>
        <translation>Teclas: el número junto a una respuesta la elige, Intro avanza, Retroceso vuelve atrás. Tus respuestas se guardan sobre la marcha.</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Ayuda del teclado</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Parar por ahora</translation>
    </message>
    <message>
        <source>Your answers so far are kept; you can continue later.</source>
        <translation>Se guardan tus respuestas hasta ahora; puedes seguir más tarde.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Ver mi resultado</translation>
    </message>
    <message>
        <source>One last question. It isn&apos;t part of the score, and you can skip it.</source>
        <translation>Una última pregunta. No forma parte de la puntuación y puedes saltarla.</translation>
    </message>
    <message>
        <source>About this question</source>
        <translation>Sobre esta pregunta</translation>
    </message>
    <message>
        <source>Keys: 1 to %1 choose an answer, Enter shows your result, Backspace goes back.</source>
        <translation>Teclas: de 1 a %1 eligen una respuesta, Intro muestra tu resultado, Retroceso vuelve atrás.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>QuickMoodDialog</name>
    <message>
        <source>Log a mood</source>
        <translation>Anotar el ánimo</translation>
    </message>
</context>
<context>
    <name>QuickMoodRow</name>
    <message>
        <source>Quick mood: keys 1 to 5</source>
        <translation>Ánimo rápido: teclas 1 a 5</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
        <source>Pick one, or press a key from 1 to 5. You can add more afterwards if you like.</source>
        <translation>Elige uno o pulsa una tecla del 1 al 5. Después puedes añadir más si quieres.</translation>
    </message>
    <message>
        <source>How to log a mood</source>
        <translation>Cómo anotar el ánimo</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>Add energy, feelings, activities, people or a note</source>
        <translation>Añadir energía, emociones, actividades, personas o una nota</translation>
    </message>
    <message>
        <source>Log a mood with more detail</source>
        <translation>Anotar el ánimo con más detalle</translation>
    </message>
    <message>
        <source>Last mood noted</source>
        <translation>Último ánimo anotado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Log “%1” (key %2)</source>
        <translation>Anotar “%1” (tecla %2)</translation>
    </message>
    <message>
        <source>Noted “%1” at %2. Thank you for checking in.</source>
        <translation>Anotado “%1” a las %2. Gracias por pasarte.</translation>
    </message>
    <message>
        <source>Noted “%1”.</source>
        <translation>Anotado “%1”.</translation>
    </message>
    <message>
        <source>Taken back. Log another whenever you like.</source>
        <translation>Deshecho. Anota otro cuando quieras.</translation>
    </message>
</context>
<context>
    <name>ReachOutPanel</name>
    <message>
        <source>Reach out</source>
        <translation>Contactar</translation>
    </message>
    <message>
        <source>No number or address noted yet. Edit to add one.</source>
        <translation>Aún no hay ningún número ni dirección. Edita para añadir uno.</translation>
    </message>
    <message>
        <source>No ways to reach them yet</source>
        <translation>Aún no hay formas de contacto</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Did you connect?</source>
        <translation>¿Conseguiste hablar?</translation>
    </message>
    <message>
        <source>Yes, log it</source>
        <translation>Sí, anotarlo</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Reach out note</source>
        <translation>Nota de contacto</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <source>Nothing on this computer opens that link; the details are copied instead.</source>
        <translation>Nada en este equipo abre ese enlace; en su lugar se copiaron los datos.</translation>
    </message>
    <message>
        <source>Logged. Nice to stay in touch.</source>
        <translation>Anotado. Qué bien seguir en contacto.</translation>
    </message>
</context>
<context>
    <name>ReachOutTodayCard</name>
    <message>
        <source>Reach out today</source>
        <translation>Contactar hoy</translation>
    </message>
    <message>
        <source>No one is waiting on a hello today. Enjoy your day.</source>
        <translation>Hoy nadie espera un saludo. Disfruta del día.</translation>
    </message>
    <message>
        <source>Add the people who matter to you on the People page.</source>
        <translation>Añade a las personas que te importan en la página Personas.</translation>
    </message>
    <message>
        <source>No one due</source>
        <translation>Nadie pendiente</translation>
    </message>
    <message>
        <source>last talked %1</source>
        <translation>última charla %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Log a chat with %1</source>
        <translation>Anotar una charla con %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Write this down or keep it in a password manager. It&apos;s the only way in if you forget your passphrase, and it won&apos;t be shown again.</source>
        <translation>Apúntalo o guárdalo en un gestor de contraseñas. Es la única forma de entrar si olvidas tu frase de contraseña, y no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>Shown once. It opens your vault if the passphrase is lost.</source>
        <translation>Se muestra una sola vez. Abre tu bóveda si pierdes la frase de contraseña.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;saved it somewhere safe</source>
        <translation>Lo he &amp;guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>I&apos;ve saved the recovery code</source>
        <translation>He guardado el código de recuperación</translation>
    </message>
    <message>
        <source>Write it on paper, or keep it in a password manager. Anyone with this code can open your vault, so keep it private. You may also skip this and carry on.</source>
        <translation>Escríbelo en papel o guárdalo en un gestor de contraseñas. Cualquiera con este código puede abrir tu bóveda, así que guárdalo en privado. También puedes saltarte esto y seguir.</translation>
    </message>
    <message>
        <source>Where to keep the code</source>
        <translation>Dónde guardar el código</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear it.</source>
        <translation>Copiado. Pégalo en un lugar seguro y después bórralo del portapapeles.</translation>
    </message>
</context>
<context>
    <name>ReflectionPromptDialog</name>
    <message>
        <source>A moment to reflect</source>
        <translation>Un momento para reflexionar</translation>
    </message>
    <message>
        <source>Thank you for checking in. One question, if you&apos;d like it:</source>
        <translation>Gracias por hacer el repaso. Una pregunta, si te apetece:</translation>
    </message>
    <message>
        <source>About this question</source>
        <translation>Sobre esta pregunta</translation>
    </message>
    <message>
        <source>Your answer to: %1</source>
        <translation>Tu respuesta a: %1</translation>
    </message>
    <message>
        <source>A few words are plenty.</source>
        <translation>Unas pocas palabras bastan.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip for today</source>
        <translation>Saltar por hoy</translation>
    </message>
</context>
<context>
    <name>RelatedRow</name>
    <message>
        <source>How they are related</source>
        <translation>Qué relación tienen</translation>
    </message>
    <message>
        <source>e.g. sister</source>
        <translation>p. ej. hermana</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this name</source>
        <translation>Quitar este nombre</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Send me &amp;gentle reminders to reach out</source>
        <translation>Enviarme recordatorios amables para con&amp;tactar</translation>
    </message>
    <message>
        <source>Send me gentle reminders to reach out</source>
        <translation>Enviarme recordatorios amables para contactar</translation>
    </message>
    <message>
        <source>At most this many people a day</source>
        <translation>Como máximo, tantas personas al día</translation>
    </message>
    <message>
        <source> people a day</source>
        <translation> personas al día</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silencio desde</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Silencio hasta</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>No reminders on %1</source>
        <translation>Sin recordatorios el %1</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Como &amp;máximo:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Horas de &amp;silencio:</translation>
    </message>
    <message>
        <source>Days off:</source>
        <translation>Días libres:</translation>
    </message>
    <message>
        <source>Start Companion in the tray when I &amp;log in</source>
        <translation>Iniciar Companion en &amp;la bandeja al entrar en la sesión</translation>
    </message>
    <message>
        <source>Start Companion when I log in</source>
        <translation>Iniciar Companion al entrar en la sesión</translation>
    </message>
    <message>
        <source>Reminders are kind suggestions, never streaks. Quiet hours and days off mean nothing arrives then.</source>
        <translation>Los recordatorios son sugerencias amables, nunca rachas. En las horas de silencio y los días libres no llega nada.</translation>
    </message>
    <message>
        <source>About reminders</source>
        <translation>Sobre los recordatorios</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mood chart and summary</source>
        <translation>Gráfico y resumen del ánimo</translation>
    </message>
    <message>
        <source>Check-in scores with bands and dates</source>
        <translation>Puntuaciones de los cuestionarios, con sus rangos y fechas</translation>
    </message>
    <message>
        <source>Social contact by week and circle</source>
        <translation>Contacto social por semana y círculo</translation>
    </message>
    <message>
        <source>Boundaries and screen time</source>
        <translation>Límites y tiempo de pantalla</translation>
    </message>
    <message>
        <source>Journal entries you choose below</source>
        <translation>Las entradas del diario que elijas abajo</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Informe resumen</translation>
    </message>
    <message>
        <source>A printable summary to bring to a therapist or doctor. You choose what goes in; nothing leaves this computer unless you share the file.</source>
        <translation>Un resumen imprimible para llevar a tu terapeuta o médico. Tú eliges qué incluye; nada sale de este equipo salvo que compartas el archivo.</translation>
    </message>
    <message>
        <source>About the report</source>
        <translation>Sobre el informe</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Últimas %1 semanas</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>Periodo elegido</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <source>Journal entries to include</source>
        <translation>Entradas del diario que incluir</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>People&apos;s names</source>
        <translation>Nombres de las personas</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>Completos</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Solo iniciales</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>The end comes before the start; change one of them.</source>
        <translation>El final es anterior al inicio; cambia uno de los dos.</translation>
    </message>
    <message>
        <source>Journal entries stay out unless you include them.</source>
        <translation>Las entradas del diario quedan fuera salvo que las incluyas.</translation>
    </message>
    <message>
        <source>You didn&apos;t write anything in this period.</source>
        <translation>No escribiste nada en este periodo.</translation>
    </message>
    <message>
        <source>Tick each entry you want to share; none is included until you tick it.</source>
        <translation>Marca cada entrada que quieras compartir; no se incluye ninguna hasta que la marques.</translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation>Elige al menos una cosa que incluir.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Guardando el informe</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>the report %1</source>
        <translation>el informe %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restoring replaces what Companion holds now with the backup. Your current vault is first saved as a backup in your profile&apos;s backups folder, so nothing is lost. Companion then reopens with the restored data.</source>
        <translation>Al restaurar, lo que Companion guarda ahora se sustituye por la copia. Antes, tu bóveda actual se guarda como copia en la carpeta de copias de tu perfil, así que no se pierde nada. Después Companion se vuelve a abrir con los datos restaurados.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Archivo de copia:</translation>
    </message>
    <message>
        <source>The passphrase that was in use when the backup was made:</source>
        <translation>La frase de contraseña que se usaba cuando se hizo la copia:</translation>
    </message>
    <message>
        <source>The recovery code of the vault in the backup:</source>
        <translation>El código de recuperación de la bóveda de la copia:</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia</translation>
    </message>
    <message>
        <source>Companion backups (*%1)</source>
        <translation>Copias de Companion (*%1)</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Elige el archivo de copia que restaurar.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase or its recovery code.</source>
        <translation>Escribe la frase de contraseña de la copia o su código de recuperación.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>%1 result</source>
        <translation>Resultado del %1</translation>
    </message>
    <message>
        <source>Your %1, %2</source>
        <translation>Tu %1, %2</translation>
    </message>
    <message>
        <source>First, question 9</source>
        <translation>Primero, la pregunta 9</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>It can help you notice changes over time, and it&apos;s yours to share or not.</source>
        <translation>Puede ayudarte a notar cambios con el tiempo, y es tuyo: lo compartes o no, como quieras.</translation>
    </message>
    <message>
        <source>About this result</source>
        <translation>Sobre este resultado</translation>
    </message>
    <message>
        <source>Closing question</source>
        <translation>Pregunta final</translation>
    </message>
    <message>
        <source>Your answers:</source>
        <translation>Tus respuestas:</translation>
    </message>
    <message>
        <source>Your answers with their scored values</source>
        <translation>Tus respuestas con sus valores puntuados</translation>
    </message>
    <message>
        <source>Questionnaire language</source>
        <translation>Idioma del cuestionario</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Back to check-ins</source>
        <translation>Volver a los cuestionarios</translation>
    </message>
    <message>
        <source>Who can I talk to?</source>
        <translation>¿Con quién puedo hablar?</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Results, newest first; Delete removes one</source>
        <translation>Resultados, del más reciente al más antiguo; Supr quita uno</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected result</source>
        <translation>Quitar el resultado seleccionado</translation>
    </message>
    <message>
        <source>A result keeps the answers as you gave them, so it can be removed but not changed.</source>
        <translation>Un resultado guarda las respuestas tal como las diste, así que se puede quitar, pero no cambiar.</translation>
    </message>
    <message>
        <source>About results</source>
        <translation>Sobre los resultados</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · “%4”</source>
        <translation>%1 %2 · %3 · “%4”</translation>
    </message>
    <message>
        <source>Remove this result?
%1</source>
        <translation>¿Quitar este resultado?
%1</translation>
    </message>
    <message>
        <source>Result removed.</source>
        <translation>Resultado quitado.</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate encryption key</source>
        <translation>Renovar la clave de cifrado</translation>
    </message>
    <message>
        <source>&amp;Rotate key</source>
        <translation>&amp;Renovar la clave</translation>
    </message>
    <message>
        <source>Companion re-encrypts your whole vault under a brand-new key. Your passphrase stays the same; your recovery code changes, and the old one (and backups made before) still open only the old copies. This can take a minute.</source>
        <translation>Companion vuelve a cifrar toda tu bóveda con una clave nueva. Tu frase de contraseña sigue igual; tu código de recuperación cambia, y el antiguo (y las copias hechas antes) solo abre las copias antiguas. Puede tardar un minuto.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Rotating the encryption key</source>
        <translation>Renovando la clave de cifrado</translation>
    </message>
</context>
<context>
    <name>RulesEditorDialog</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Categories and rules</source>
        <translation>Categorías y reglas</translation>
    </message>
    <message>
        <source>The categories you note screen time in. Rename them (double-click), add your own, or change their order. “Other” always stays.</source>
        <translation>Las categorías en las que anotas el tiempo de pantalla. Cámbiales el nombre (doble clic), añade las tuyas o cambia su orden. “Otros” siempre se queda.</translation>
    </message>
    <message>
        <source>About categories</source>
        <translation>Sobre las categorías</translation>
    </message>
    <message>
        <source>Screen-time categories</source>
        <translation>Categorías del tiempo de pantalla</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>%1 category</source>
        <translation>Categoría %1</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <source>How imported apps and websites are sorted. The first rule that matches wins; anything no rule matches counts as Other. App names match whole words; a website matches its subdomains too.</source>
        <translation>Cómo se clasifican las apps y webs importadas. Gana la primera regla que coincide; lo que no coincide con ninguna cuenta como Otros. Los nombres de apps coinciden con palabras completas; una web incluye también sus subdominios.</translation>
    </message>
    <message>
        <source>About rules</source>
        <translation>Sobre las reglas</translation>
    </message>
    <message>
        <source>Category rules, first match wins</source>
        <translation>Reglas de categoría; gana la primera que coincide</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Name or domain</source>
        <translation>Nombre o dominio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Añadir una regla</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Quitar la regla seleccionada</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Subir la regla</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Bajar la regla</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore the built-in rules</source>
        <translation>Restablecer las reglas predeterminadas</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Rule %1: app or website</source>
        <translation>Regla %1: app o web</translation>
    </message>
    <message>
        <source>Rule %1: category</source>
        <translation>Regla %1: categoría</translation>
    </message>
    <message>
        <source>Each category needs a name.</source>
        <translation>Cada categoría necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>SafetyCard</name>
    <message>
        <source>In an emergency, call your local emergency number.</source>
        <translation>En una emergencia, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>In an emergency, call %1.</source>
        <translation>En una emergencia, llama al %1.</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>llamar al %1</translation>
    </message>
    <message>
        <source>text %1 to %2</source>
        <translation>enviar %1 por SMS al %2</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>enviar un SMS al %1</translation>
    </message>
    <message>
        <source>In %1, you can %2 to reach %3%4.</source>
        <translation>En %1, puedes %2 para contactar con %3%4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1: call %2</source>
        <translation>%1: llama al %2</translation>
    </message>
    <message>
        <source>%1: text %2</source>
        <translation>%1: envía un SMS al %2</translation>
    </message>
</context>
<context>
    <name>SafetyCardWidget</name>
    <message>
        <source>See who to talk to</source>
        <translation>Ver con quién hablar</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <source>Screen &amp; boundaries</source>
        <translation>Pantallas y límites</translation>
    </message>
    <message>
        <source>Screens can bring people closer or leave us lonelier; this is for noticing, not judging.</source>
        <translation>Las pantallas pueden acercarnos a la gente o dejarnos más solos; esto es para darse cuenta, no para juzgar.</translation>
    </message>
    <message>
        <source>Your boundaries</source>
        <translation>Tus límites</translation>
    </message>
    <message>
        <source>Note your screen time</source>
        <translation>Anota tu tiempo de pantalla</translation>
    </message>
    <message>
        <source>&amp;Import from ActivityWatch…</source>
        <translation>&amp;Importar de ActivityWatch…</translation>
    </message>
    <message>
        <source>Import screen time from ActivityWatch</source>
        <translation>Importar el tiempo de pantalla de ActivityWatch</translation>
    </message>
    <message>
        <source>Categories and &amp;rules…</source>
        <translation>Categorías y &amp;reglas…</translation>
    </message>
    <message>
        <source>Edit categories and rules</source>
        <translation>Editar las categorías y las reglas</translation>
    </message>
    <message>
        <source>Your week</source>
        <translation>Tu semana</translation>
    </message>
</context>
<context>
    <name>ScreenSettingsGroup</name>
    <message>
        <source>When this is on, Companion may ask ActivityWatch on this computer, at 127.0.0.1:5600, for the last two weeks of app and website use, and only when you press “Read from ActivityWatch on this computer”. It reads only from there, never from the network, and nothing leaves this computer.</source>
        <translation>Con esto activado, Companion puede pedir a ActivityWatch en este equipo, en 127.0.0.1:5600, el uso de apps y webs de las dos últimas semanas, y solo cuando pulses “Leer de ActivityWatch en este equipo”. Solo lee de ahí, nunca de la red, y nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Screen time</source>
        <translation>Tiempo de pantalla</translation>
    </message>
    <message>
        <source>Let Companion read from ActivityWatch on this computer</source>
        <translation>Dejar que Companion lea de ActivityWatch en este equipo</translation>
    </message>
    <message>
        <source>Read from ActivityWatch on this computer</source>
        <translation>Leer de ActivityWatch en este equipo</translation>
    </message>
    <message>
        <source>Remind me of the evening boundary check-in at</source>
        <translation>Recordarme el repaso de límites de la noche a las</translation>
    </message>
    <message>
        <source>Evening check-in reminder</source>
        <translation>Recordatorio del repaso de la noche</translation>
    </message>
    <message>
        <source>Evening check-in reminder time</source>
        <translation>Hora del recordatorio del repaso de la noche</translation>
    </message>
    <message>
        <source>Pause before opening an app</source>
        <translation>Pausa antes de abrir una app</translation>
    </message>
    <message>
        <source>When an app or site one of your boundaries covers comes to the front during its hours, Companion gently asks the boundary&apos;s intention, at most once an hour. You answer “Go ahead” or “Not now”; nothing is ever blocked. This uses ActivityWatch on this computer (127.0.0.1) and nothing else.</source>
        <translation>Cuando una app o web que cubre uno de tus límites pasa al frente durante sus horas, Companion te recuerda con suavidad la intención del límite, como mucho una vez por hora. Respondes “Adelante” o “Ahora no”; nunca se bloquea nada. Usa ActivityWatch en este equipo (127.0.0.1) y nada más.</translation>
    </message>
    <message>
        <source>About the pause before opening an app</source>
        <translation>Sobre la pausa antes de abrir una app</translation>
    </message>
    <message>
        <source>ActivityWatch status</source>
        <translation>Estado de ActivityWatch</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>ActivityWatch isn&apos;t running on this computer, so there is nothing to pause for yet. To use this, install ActivityWatch from activitywatch.net and start it (it runs in the background, with its window watcher); Companion will notice it by itself.</source>
        <translation>ActivityWatch no está funcionando en este equipo, así que aún no hay nada para lo que hacer una pausa. Para usarlo, instala ActivityWatch desde activitywatch.net e inícialo (funciona en segundo plano, con su observador de ventanas); Companion lo detectará solo.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>What to enter</source>
        <translation>Qué escribir</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Usar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar el código de recuperación</translation>
    </message>
</context>
<context>
    <name>SelfReportEditor</name>
    <message>
        <source>Note your screen time</source>
        <translation>Anota tu tiempo de pantalla</translation>
    </message>
    <message>
        <source>Day to note</source>
        <translation>Día que anotar</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>Por &amp;categoría</translation>
    </message>
    <message>
        <source>One &amp;total</source>
        <translation>Un &amp;total</translation>
    </message>
    <message>
        <source>Note screen time by category</source>
        <translation>Anotar el tiempo de pantalla por categoría</translation>
    </message>
    <message>
        <source>Note screen time as one total</source>
        <translation>Anotar el tiempo de pantalla como un total</translation>
    </message>
    <message>
        <source>Total for the day</source>
        <translation>Total del día</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>&amp;Save this day</source>
        <translation>&amp;Guardar este día</translation>
    </message>
    <message>
        <source>Save the screen time for this day</source>
        <translation>Guardar el tiempo de pantalla de este día</translation>
    </message>
    <message>
        <source>Clear this day</source>
        <translation>Borrar este día</translation>
    </message>
    <message>
        <source>Clear what you noted for this day</source>
        <translation>Borrar lo que anotaste en este día</translation>
    </message>
    <message>
        <source>Screen time status</source>
        <translation>Estado del tiempo de pantalla</translation>
    </message>
    <message>
        <source>Noted %1 for %2. Thank you for looking.</source>
        <translation>Anotado %1 para %2. Gracias por echarle un vistazo.</translation>
    </message>
    <message>
        <source>Nothing noted for %1.</source>
        <translation>Nada anotado para %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <source>Country for help lines</source>
        <translation>País de las líneas de ayuda</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>“Need help now?” shows the crisis lines for this country.</source>
        <translation>“¿Necesitas ayuda ahora?” muestra las líneas de crisis de este país.</translation>
    </message>
    <message>
        <source>About the country</source>
        <translation>Sobre el país</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Tu día</translation>
    </message>
    <message>
        <source>My day ends at</source>
        <translation>Mi día termina a las</translation>
    </message>
    <message>
        <source>My &amp;day ends at:</source>
        <translation>Mi &amp;día termina a las:</translation>
    </message>
    <message>
        <source>Moods, notes and check-ins from after midnight until this time count for the day before, so a late evening stays part of its day.</source>
        <translation>El ánimo, las notas y los cuestionarios de después de medianoche hasta esta hora cuentan para el día anterior, así una noche larga sigue siendo parte de su día.</translation>
    </message>
    <message>
        <source>About when your day ends</source>
        <translation>Sobre cuándo termina tu día</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;olores:</translation>
    </message>
    <message>
        <source>“Follow the system” changes with your computer&apos;s light or dark mode.</source>
        <translation>“Según el sistema” cambia con el modo claro u oscuro de tu equipo.</translation>
    </message>
    <message>
        <source>About the colours</source>
        <translation>Sobre los colores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Sobre el idioma</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>&amp;Ask for my passphrase at start</source>
        <translation>Pedir mi frase de contraseña al &amp;iniciar</translation>
    </message>
    <message>
        <source>Ask for my passphrase at start</source>
        <translation>Pedir mi frase de contraseña al iniciar</translation>
    </message>
    <message>
        <source>About asking for the passphrase</source>
        <translation>Sobre pedir la frase de contraseña</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Carpeta del perfil</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Tus datos se guardan en: %1</translation>
    </message>
    <message>
        <source>Companion version %1</source>
        <translation>Companion versión %1</translation>
    </message>
    <message>
        <source>Companion asks for your passphrase each time it starts.</source>
        <translation>Companion pide tu frase de contraseña cada vez que se inicia.</translation>
    </message>
    <message>
        <source>Your system keyring opens Companion for you, so there&apos;s nothing to type.</source>
        <translation>El llavero de tu sistema abre Companion por ti, así que no hay nada que escribir.</translation>
    </message>
    <message>
        <source>There&apos;s no system keyring on this computer, so Companion will still ask for your passphrase at each start.</source>
        <translation>No hay llavero del sistema en este equipo, así que Companion seguirá pidiendo tu frase de contraseña en cada inicio.</translation>
    </message>
    <message>
        <source>Companion will use this language the next time it starts.</source>
        <translation>Companion usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>“Follow the system” uses your computer&apos;s language when Companion has it.</source>
        <translation>“Según el sistema” usa el idioma de tu equipo si Companion lo tiene.</translation>
    </message>
    <message>
        <source>Bringing the key file up to date</source>
        <translation>Poniendo al día el archivo de clave</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where the focus is</source>
        <translation>Donde está el foco</translation>
    </message>
    <message>
        <source>Keys where the focus is</source>
        <translation>Teclas donde está el foco</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Companion couldn&apos;t use %1: %2</source>
        <translation>Companion no pudo usar %1: %2</translation>
    </message>
    <message>
        <source>Companion is still busy with “%1”. Try again once that has finished.</source>
        <translation>Companion todavía está con «%1». Vuelve a intentarlo cuando termine.</translation>
    </message>
</context>
<context>
    <name>TextEditDialog</name>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>What you wrote</source>
        <translation>Lo que escribiste</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>Hello, night owl</source>
        <translation>Hola, ave nocturna</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Fecha de hoy</translation>
    </message>
    <message>
        <source>That&apos;s all for today</source>
        <translation>Eso es todo por hoy</translation>
    </message>
    <message>
        <source>Nothing else needs you right now. Everything here is optional, and it&apos;s nice that you stopped by.</source>
        <translation>Nada más te necesita ahora mismo. Todo aquí es opcional, y qué bien que te hayas pasado.</translation>
    </message>
    <message>
        <source>It&apos;s %1.</source>
        <translation>Hoy es %1.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Abrir Companion</translation>
    </message>
    <message>
        <source>Log mood</source>
        <translation>Anotar el ánimo</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Anotar interacción…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Companion is still running</source>
        <translation>Companion sigue abierto</translation>
    </message>
    <message>
        <source>It&apos;s here in the tray so reminders can reach you. Choose Quit to close it.</source>
        <translation>Está aquí, en la bandeja, para que te lleguen los recordatorios. Elige Salir para cerrarlo.</translation>
    </message>
</context>
<context>
    <name>TypedChips</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open Companion</source>
        <translation>Abrir Companion</translation>
    </message>
    <message>
        <source>What to enter</source>
        <translation>Qué escribir</translation>
    </message>
    <message>
        <source>Why it didn&apos;t open</source>
        <translation>Por qué no se abrió</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Type the recovery code you saved when you set up Companion.</source>
        <translation>Escribe el código de recuperación que guardaste al configurar Companion.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Usar mi frase de contraseña</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Escribe tu frase de contraseña para abrir tu bóveda.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Use recovery code instead</source>
        <translation>Usar el código de recuperación</translation>
    </message>
    <message>
        <source>Please type your recovery code.</source>
        <translation>Escribe tu código de recuperación, por favor.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
</context>
<context>
    <name>UpcomingCard</name>
    <message>
        <source>Coming up</source>
        <translation>Próximas fechas</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>Screen time this week by category</source>
        <translation>Tiempo de pantalla de esta semana por categoría</translation>
    </message>
    <message>
        <source>Colours of the categories</source>
        <translation>Colores de las categorías</translation>
    </message>
    <message>
        <source>Stacked bars of screen time per day</source>
        <translation>Barras apiladas del tiempo de pantalla por día</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
</context>
<context>
    <name>WeekRecords</name>
    <message>
        <source>What you noted this week; Enter edits, Delete removes</source>
        <translation>Lo que anotaste esta semana; Intro edita, Supr quita</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>Quitar el registro seleccionado</translation>
    </message>
    <message>
        <source>Nothing noted this week yet.</source>
        <translation>Aún no hay nada anotado esta semana.</translation>
    </message>
    <message>
        <source>This week&apos;s notes</source>
        <translation>Notas de esta semana</translation>
    </message>
    <message>
        <source>%1 · screen time you noted: %2</source>
        <translation>%1 · tiempo de pantalla que anotaste: %2</translation>
    </message>
    <message>
        <source>%1 · screen time from ActivityWatch: %2</source>
        <translation>%1 · tiempo de pantalla de ActivityWatch: %2</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>cumplido en parte</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>hoy no</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>a boundary</source>
        <translation>un límite</translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation>Editar la reflexión</translation>
    </message>
    <message>
        <source>Remove this?
%1</source>
        <translation>¿Quitar esto?
%1</translation>
    </message>
    <message>
        <source>Screen time for that day removed.</source>
        <translation>Se quitó el tiempo de pantalla de ese día.</translation>
    </message>
    <message>
        <source>Check-in removed.</source>
        <translation>Repaso quitado.</translation>
    </message>
    <message>
        <source>Reflection removed.</source>
        <translation>Reflexión quitada.</translation>
    </message>
</context>
<context>
    <name>WeeklyView</name>
    <message>
        <source>Your week</source>
        <translation>Tu semana</translation>
    </message>
    <message>
        <source>← &amp;Previous week</source>
        <translation>← Semana a&amp;nterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <source>&amp;Next week →</source>
        <translation>Semana &amp;siguiente →</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Screen time this week</source>
        <translation>Tiempo de pantalla esta semana</translation>
    </message>
    <message>
        <source>Boundaries this week</source>
        <translation>Límites esta semana</translation>
    </message>
    <message>
        <source>Reflections this week</source>
        <translation>Reflexiones esta semana</translation>
    </message>
    <message>
        <source>Mood and screen time</source>
        <translation>Ánimo y tiempo de pantalla</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>What you noted</source>
        <translation>Lo que anotaste</translation>
    </message>
    <message>
        <source>This week, %1</source>
        <translation>Esta semana, %1</translation>
    </message>
    <message>
        <source>No screen time noted this week. Note a day above or import from ActivityWatch, whenever you like. Screens can bring people closer or leave us lonelier; this is for noticing, not judging.</source>
        <translation>No hay tiempo de pantalla anotado esta semana. Anota un día arriba o impórtalo de ActivityWatch, cuando quieras. Las pantallas pueden acercarnos a la gente o dejarnos más solos; esto es para darse cuenta, no para juzgar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in all, about %2 a day (days with a figure: %n).</source>
        <translation>
            <numerusform>%1 en total en %n día con cifra, unos %2 al día.</numerusform>
            <numerusform>%1 en total en %n días con cifra, unos %2 al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days this is based on: %n.</source>
        <translation>
            <numerusform>Basado en %n día.</numerusform>
            <numerusform>Basado en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most of it: %1.</source>
        <translation>La mayor parte: %1.</translation>
    </message>
    <message>
        <source>%1: no check-ins this week.</source>
        <translation>%1: sin repasos esta semana.</translation>
    </message>
    <message>
        <source>%1: kept on %2 day</source>
        <translation>%1: cumplido %2 día</translation>
    </message>
    <message>
        <source>%1: kept on %2 days</source>
        <translation>%1: cumplido %2 días</translation>
    </message>
    <message>
        <source>, partly on %1</source>
        <translation>, en parte %1</translation>
    </message>
    <message>
        <source>%1: checked in on %2 day</source>
        <translation>%1: repaso hecho %2 día</translation>
    </message>
    <message>
        <source>%1: checked in on %2 days</source>
        <translation>%1: repaso hecho %2 días</translation>
    </message>
    <message>
        <source>, partly kept on %1</source>
        <translation>, cumplido en parte %1</translation>
    </message>
    <message>
        <source>You paused before opening an app once this week.</source>
        <translation>Esta semana hiciste una pausa antes de abrir una app una vez.</translation>
    </message>
    <message>
        <source>You paused before opening an app %1 times this week.</source>
        <translation>Esta semana hiciste una pausa antes de abrir una app %1 veces.</translation>
    </message>
    <message>
        <source>No boundaries yet; add one above if it would help.</source>
        <translation>Aún no hay límites; añade uno arriba si te ayuda.</translation>
    </message>
    <message>
        <source>No reflections this week. They come after the evening check-in.</source>
        <translation>No hay reflexiones esta semana. Llegan después del repaso de la noche.</translation>
    </message>
    <message>
        <source>It counts days that have both a mood and a screen-time figure.</source>
        <translation>Cuenta los días que tienen tanto un ánimo como una cifra de tiempo de pantalla.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Companion</source>
        <translation>Te damos la bienvenida a Companion</translation>
    </message>
    <message>
        <source>A quiet place to look after the relationships that hold you up.</source>
        <translation>Un lugar tranquilo para cuidar las relaciones que te sostienen.</translation>
    </message>
    <message>
        <source>Everything you write here stays on this computer, encrypted. Nothing is sent anywhere, and there&apos;s no account to make.</source>
        <translation>Todo lo que escribas aquí se queda en este equipo, cifrado. No se envía nada a ningún sitio y no hace falta crear una cuenta.</translation>
    </message>
    <message>
        <source>Your data stays here</source>
        <translation>Tus datos se quedan aquí</translation>
    </message>
    <message>
        <source>Why it matters: notes about the people you love and how you feel are among the most private things there are. Only you should be able to read them.</source>
        <translation>Por qué importa: las notas sobre las personas que quieres y sobre cómo te sientes son de lo más privado que hay. Solo tú deberías poder leerlas.</translation>
    </message>
    <message>
        <source>Why privacy matters</source>
        <translation>Por qué importa la privacidad</translation>
    </message>
    <message>
        <source>Setting up takes about a minute: a passphrase, and where you live.</source>
        <translation>Configurarlo lleva un minuto: una frase de contraseña y dónde vives.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Lo que viene ahora</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Qué está pasando</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping… anything already written will be removed.</source>
        <translation>Deteniendo… se quitará todo lo que ya se haya escrito.</translation>
    </message>
</context>
<context>
    <name>YearInPixels</name>
    <message>
        <source>Year in pixels</source>
        <translation>El año en píxeles</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Año siguiente</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>Año mostrado</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Mostrar como lista</translation>
    </message>
    <message>
        <source>Show the year as a text list</source>
        <translation>Mostrar el año como una lista de texto</translation>
    </message>
    <message>
        <source>Days of the year, coloured by mood</source>
        <translation>Días del año, coloreados según el ánimo</translation>
    </message>
    <message>
        <source>Days with a mood, as text</source>
        <translation>Días con ánimo, como texto</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation>Clave de colores</translation>
    </message>
    <message>
        <source>nothing noted</source>
        <translation>nada anotado</translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation>Color de %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <source>%1: nothing noted</source>
        <translation>%1: nada anotado</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of 5)</source>
        <translation>%1: %2 (%3 de 5)</translation>
    </message>
    <message numerus="yes">
        <source>Days noted in %1: %n. Hover over a square to see its day and mood.</source>
        <translation>
            <numerusform>%n día anotado en %1. Pasa el puntero sobre un cuadrado para ver su día y su ánimo.</numerusform>
            <numerusform>%n días anotados en %1. Pasa el puntero sobre un cuadrado para ver su día y su ánimo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show as squares</source>
        <translation>Mostrar como cuadrados</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept.</source>
        <translation>Detenido. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Companion is already open</source>
        <translation>Companion ya está abierto</translation>
    </message>
    <message>
        <source>Your vault can&apos;t be read</source>
        <translation>No se puede leer tu bóveda</translation>
    </message>
    <message>
        <source>Companion can&apos;t use its folder</source>
        <translation>Companion no puede usar su carpeta</translation>
    </message>
    <message>
        <source>No vault here</source>
        <translation>Aquí no hay ninguna bóveda</translation>
    </message>
    <message>
        <source>Companion can&apos;t open</source>
        <translation>Companion no se puede abrir</translation>
    </message>
    <message>
        <source>Companion couldn&apos;t finish opening your vault.</source>
        <translation>Companion no pudo terminar de abrir tu bóveda.</translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Somewhere else / not listed</source>
        <translation>En otro sitio / no aparece</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>feelings</name>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>content</source>
        <translation>bienestar</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <source>hopeful</source>
        <translation>esperanza</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>loved</source>
        <translation>cariño</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>inquietud</translation>
    </message>
    <message>
        <source>stressed</source>
        <translation>estrés</translation>
    </message>
    <message>
        <source>irritable</source>
        <translation>mal humor</translation>
    </message>
    <message>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (tuya)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong inside Companion. This is our mistake, not yours.</source>
        <translation>Algo salió mal dentro de Companion. El error es nuestro, no tuyo.</translation>
    </message>
    <message>
        <source>Your saved data is safe: every change is saved as a whole or not at all. If it keeps happening, the details below help us fix it.</source>
        <translation>Tus datos guardados están a salvo: cada cambio se guarda entero o no se guarda. Si vuelve a pasar, los detalles de abajo nos ayudan a arreglarlo.</translation>
    </message>
</context>
<context>
    <name>nudges</name>
    <message>
        <source>Open Companion</source>
        <translation>Abrir Companion</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>You have a reminder</source>
        <translation>Tienes un recordatorio</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Need help now?</source>
        <translation>¿Necesitas ayuda ahora?</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation>Líneas de crisis y números de emergencias (F1)</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Contact over the last year</source>
        <translation>Contacto durante el último año</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Pronto toca</translation>
    </message>
    <message>
        <source>Due for a hello</source>
        <translation>Toca saludar</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>They did</source>
        <translation>La otra persona</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Los dos</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Agotador</translation>
    </message>
    <message>
        <source>A bit draining</source>
        <translation>Algo agotador</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <source>Energising</source>
        <translation>Revitalizante</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>No chat noted yet</source>
        <translation>Aún no hay charlas anotadas</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Cada %1 semanas</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Cada %1 días</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Remove?</source>
        <translation>¿Quitar?</translation>
    </message>
    <message>
        <source>You can undo it for a few seconds afterwards.</source>
        <translation>Después podrás deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Day average</source>
        <translation>Media del día</translation>
    </message>
    <message>
        <source>Companion summary · %1</source>
        <translation>Resumen de Companion · %1</translation>
    </message>
    <message>
        <source>Summary from Companion</source>
        <translation>Resumen de Companion</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Hecho el %1.</translation>
    </message>
    <message>
        <source>People are shown by their initials.</source>
        <translation>Las personas aparecen con sus iniciales.</translation>
    </message>
    <message>
        <source>This is a demo profile: everything in it is made up.</source>
        <translation>Este es un perfil de demostración: todo lo que contiene es inventado.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Sections included: %1.</source>
        <translation>Secciones incluidas: %1.</translation>
    </message>
    <message>
        <source>Feelings noted most often: %1.</source>
        <translation>Emociones anotadas con más frecuencia: %1.</translation>
    </message>
    <message>
        <source>Mood is logged on a 1 to 5 scale: %1.</source>
        <translation>El ánimo se anota en una escala de 1 a 5: %1.</translation>
    </message>
    <message>
        <source>Please read first</source>
        <translation>Para leer primero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>%1, %2: how difficult these problems have made things (not scored): “%3”.</source>
        <translation>%1, %2: cuánta dificultad han causado estos problemas (no puntúa): “%3”.</translation>
    </message>
    <message>
        <source>Notes on single results</source>
        <translation>Notas sobre resultados concretos</translation>
    </message>
    <message>
        <source>Answers are listed question by question, as the values each questionnaire scores as published: %1.</source>
        <translation>Las respuestas aparecen pregunta por pregunta, con los valores que puntúa cada cuestionario según su publicación: %1.</translation>
    </message>
    <message>
        <source>%1 closing question, not scored: “%2”</source>
        <translation>Pregunta final del %1, no puntúa: “%2”</translation>
    </message>
    <message>
        <source>Questionnaires: %1.</source>
        <translation>Cuestionarios: %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Every check-in here was answered in: %1.</source>
        <translation>Idioma de todos los cuestionarios de aquí: %1.</translation>
    </message>
    <message>
        <source>The language each check-in was answered in</source>
        <translation>El idioma en que se respondió cada cuestionario</translation>
    </message>
    <message>
        <source>Days in touch with someone, per week (the week&apos;s first day in the period below each bar; a week cut by the period&apos;s edge shows “of” its days inside).</source>
        <translation>Días en contacto con alguien, por semana (bajo cada barra, el primer día de la semana dentro del periodo; una semana cortada por el borde del periodo muestra “de” sus días dentro).</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personas distintas</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Days in touch</source>
        <translation>Días en contacto</translation>
    </message>
    <message>
        <source>Times in touch</source>
        <translation>Veces en contacto</translation>
    </message>
    <message>
        <source>Circle columns count the times in touch with someone in that circle; the last row counts the different people in each circle.</source>
        <translation>Las columnas de círculo cuentan las veces en contacto con alguien de ese círculo; la última fila cuenta las personas distintas de cada círculo.</translation>
    </message>
    <message>
        <source>Most in touch</source>
        <translation>Con más contacto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Cómo: %1.</translation>
    </message>
    <message>
        <source>How it felt: %1.</source>
        <translation>Cómo fue: %1.</translation>
    </message>
    <message>
        <source>Average screen time a day, per week (hours and minutes).</source>
        <translation>Tiempo de pantalla medio al día, por semana (horas y minutos).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Average a day</source>
        <translation>Media al día</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>Días previstos</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Con repaso</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Not that day</source>
        <translation>Ese día no</translation>
    </message>
    <message>
        <source>No boundaries were set in this period.</source>
        <translation>No se fijó ningún límite en este periodo.</translation>
    </message>
    <message>
        <source>No entries were chosen for this report.</source>
        <translation>No se eligió ninguna entrada para este informe.</translation>
    </message>
    <message>
        <source>Entries the user chose to share, as they wrote them.</source>
        <translation>Entradas que la persona usuaria eligió compartir, tal como las escribió.</translation>
    </message>
    <message>
        <source>Companion · private; share only as you choose</source>
        <translation>Companion · privado; compártelo solo como tú decidas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>De lunes a viernes</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Fines de semana</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Choose that answer, in a check-in</source>
        <translation>Elegir esa respuesta, en un cuestionario</translation>
    </message>
    <message>
        <source>Next question, in a check-in</source>
        <translation>Siguiente pregunta, en un cuestionario</translation>
    </message>
    <message>
        <source>Previous question, in a check-in</source>
        <translation>Pregunta anterior, en un cuestionario</translation>
    </message>
    <message>
        <source>Log that mood, on “How are you right now?” (Today, Mood)</source>
        <translation>Anotar ese ánimo, en “¿Cómo estás ahora mismo?” (Hoy, Ánimo)</translation>
    </message>
    <message>
        <source>Kept, partly, or not today, in the evening check-in</source>
        <translation>Cumplido, en parte u hoy no, en el repaso de la noche</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (dentro de %2 días)</translation>
    </message>
    <message>
        <source>%1’s birthday, %2</source>
        <translation>Cumpleaños de %1, %2</translation>
    </message>
    <message>
        <source>%1’s anniversary, %2</source>
        <translation>Aniversario de %1, %2</translation>
    </message>
    <message>
        <source>%1’s %3, %2</source>
        <translation>%3 de %1, %2</translation>
    </message>
    <message>
        <source>%3 (%1), %2</source>
        <translation>%3 (%1), %2</translation>
    </message>
    <message>
        <source>(turns %1)</source>
        <translation>(cumple %1)</translation>
    </message>
    <message>
        <source>(1 year)</source>
        <translation>(1 año)</translation>
    </message>
    <message>
        <source>(%1 years)</source>
        <translation>(%1 años)</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(once)</source>
        <translation>(una vez)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
