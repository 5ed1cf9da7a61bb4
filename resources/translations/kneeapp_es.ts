<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AlreadyOpenPage</name>
    <message>
        <location filename="../../kneeapp/ui/single_instance.py" line="21"/>
        <source>KneeCheck is already open for this data, in another window. Switch to that window to carry on. Two windows on the same data could get in each other&apos;s way, so this one will not open.</source>
        <translation>KneeCheck ya está abierto con estos datos en otra ventana. Cambia a esa ventana para seguir. Dos ventanas con los mismos datos podrían estorbarse, así que esta no se abrirá.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/single_instance.py" line="152"/>
        <source>KneeCheck is already open</source>
        <translation>KneeCheck ya está abierto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/single_instance.py" line="153"/>
        <source>KneeCheck</source>
        <translation>KneeCheck</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/single_instance.py" line="157"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Angles</name>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="56"/>
        <source>hip</source>
        <translation>cadera</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="57"/>
        <source>knee</source>
        <translation>rodilla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="58"/>
        <source>ankle</source>
        <translation>tobillo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="59"/>
        <source>line top</source>
        <translation>línea arriba</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="60"/>
        <source>line bottom</source>
        <translation>línea abajo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="96"/>
        <source>Two points are on top of each other: move them apart to get an angle.</source>
        <translation>Hay dos puntos uno encima del otro: sepáralos para obtener un ángulo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="99"/>
        <source>The {first} and {second} points are too close together to be precise: zoom in, or take the photo closer so that the leg fills more of it.</source>
        <translation>Los puntos de {first} y {second} están demasiado juntos para ser precisos: amplía la foto o hazla más de cerca para que la pierna ocupe más.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="104"/>
        <source>The vertical line is too short to be precise: mark its ends further apart.</source>
        <translation>La línea vertical es demasiado corta para ser precisa: marca sus extremos más separados.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="108"/>
        <source>The line you marked leans a lot: is it really vertical, such as a door frame?</source>
        <translation>La línea que has marcado está muy inclinada: ¿es de verdad vertical, como el marco de una puerta?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/angles.py" line="112"/>
        <source>This angle is outside what this check can show: check the points are on the right places.</source>
        <translation>Este ángulo queda fuera de lo que esta prueba puede mostrar: comprueba que los puntos están en su sitio.</translation>
    </message>
</context>
<context>
    <name>AsymmetryChart</name>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="56"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="133"/>
        <source>left worse by {amount}</source>
        <translation>peor la izquierda por {amount}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="137"/>
        <source>right worse by {amount}</source>
        <translation>peor la derecha por {amount}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="141"/>
        <source>both sides the same</source>
        <translation>los dos lados igual</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="142"/>
        <source>{when}: left {left}, right {right}; {side}</source>
        <translation>{when}: izquierda {left}, derecha {right}; {side}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="156"/>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="158"/>
        <source>{when}: left {left}, right {right}</source>
        <translation>{when}: izquierdo {left}, derecho {right}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="165"/>
        <source>; pointed out</source>
        <translation>; señalado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="196"/>
        <source>L {amount}</source>
        <translation>I {amount}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="202"/>
        <source>R {amount}</source>
        <translation>D {amount}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="296"/>
        <source>Left
worse ▲</source>
        <translation>Peor la
izquierda ▲</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="300"/>
        <source>Right
worse ▼</source>
        <translation>Peor la
derecha ▼</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="335"/>
        <source>Chosen point</source>
        <translation>Punto elegido</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="484"/>
        <source>Drawing the chart…</source>
        <translation>Dibujando el gráfico…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="538"/>
        <source>Left (circles)</source>
        <translation>Izquierda (círculos)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="542"/>
        <source>Right (triangles)</source>
        <translation>Derecha (triángulos)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="550"/>
        <source>Sides pointed out</source>
        <translation>Lados señalados</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="555"/>
        <source>Left: blue circles and solid line; right: orange triangles and dashed line; a side not rated or skipped has no point. A broad bar joins the two sides where they were pointed out. {rule}</source>
        <translation>Izquierda: círculos azules y línea continua; derecha: triángulos naranjas y línea discontinua; un lado sin valorar u omitido no tiene punto. Una barra ancha une los dos lados cuando se señalaron. {rule}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="566"/>
        <source>asymmetry ({unit})</source>
        <translation>asimetría ({unit})</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/asymmetry_chart.py" line="572"/>
        <source>Shaded band: not pointed out. {rule}</source>
        <translation>Banda sombreada: no se señala. {rule}</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../../kneeapp/ui/pages/chart_section.py" line="38"/>
        <source>{title}: {measure}, left and right</source>
        <translation>{title}: {measure}, izquierdo y derecho</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/chart_section.py" line="40"/>
        <source>{title}: {measure}</source>
        <translation>{title}: {measure}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/chart_section.py" line="53"/>
        <source>{title} chart</source>
        <translation>Gráfico: {title}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/chart_section.py" line="80"/>
        <source>{title} summary</source>
        <translation>Resumen: {title}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="122"/>
        <source>{title}: {target}</source>
        <translation>{title}: {target}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/pages/check_page.py" line="125"/>
        <source>Check {position} of %n · {term}</source>
        <translation>
            <numerusform>Prueba {position} de %n · {term}</numerusform>
            <numerusform>Prueba {position} de %n · {term}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="170"/>
        <source>Illustration of the {check}</source>
        <translation>Ilustración de {check}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="176"/>
        <source>How to do the {check}</source>
        <translation>Cómo hacer {check}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="192"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="264"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="264"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="272"/>
        <source>Skip the left side</source>
        <translation>Omitir el lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="274"/>
        <source>Skip the right side</source>
        <translation>Omitir el lado derecho</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="284"/>
        <source>Why is the left side skipped?</source>
        <translation>¿Por qué se omite el lado izquierdo?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="286"/>
        <source>Why is the right side skipped?</source>
        <translation>¿Por qué se omite el lado derecho?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="301"/>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="340"/>
        <source>{measure} comparison</source>
        <translation>Comparación: {measure}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="351"/>
        <source>Skip this whole check</source>
        <translation>Omitir toda esta prueba</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="354"/>
        <source>Why is this check skipped?</source>
        <translation>¿Por qué se omite esta prueba?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="362"/>
        <source>Skip the left side…</source>
        <translation>Omitir el lado izquierdo…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="362"/>
        <source>Skip the right side…</source>
        <translation>Omitir el lado derecho…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="392"/>
        <source>What knee drift looks like (examples):</source>
        <translation>Cómo se ve el desvío de la rodilla (ejemplos):</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="399"/>
        <source>Example of knee drift: {value}</source>
        <translation>Ejemplo de desvío de la rodilla: {value}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="559"/>
        <source>Undo: rate the left side</source>
        <translation>Deshacer: valorar el lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="561"/>
        <source>Undo: rate the right side</source>
        <translation>Deshacer: valorar el lado derecho</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="368"/>
        <source>Last time ({day}): left {left}, right {right}.</source>
        <translation>La última vez ({day}): izquierdo {left}, derecho {right}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="377"/>
        <source>Left {check} {measure}</source>
        <translation>{measure} en {check}, lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/check_page.py" line="379"/>
        <source>Right {check} {measure}</source>
        <translation>{measure} en {check}, lado derecho</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="96"/>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="97"/>
        <source>worst pain imaginable</source>
        <translation>el peor dolor imaginable</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="103"/>
        <source>Step test</source>
        <translation>Prueba del escalón</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="104"/>
        <source>step test</source>
        <translation>la prueba del escalón</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="105"/>
        <source>ankle dorsiflexion</source>
        <translation>flexión del tobillo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="108"/>
        <source>How far your shin can travel forward over your foot. A stiff ankle passes the load of every stride up to the knee.</source>
        <translation>Cuánto puede avanzar tu espinilla por encima del pie. Un tobillo rígido pasa a la rodilla la carga de cada zancada.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="119"/>
        <source>Rest your hand on that knee and press it down and forward.</source>
        <translation>Apoya la mano en esa rodilla y empújala hacia abajo y hacia delante.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="120"/>
        <source>Lean in slowly, trying to bring your shin over your toes.</source>
        <translation>Inclínate despacio, intentando llevar la espinilla por encima de los dedos del pie.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="122"/>
        <source>Rate how far the shin went and how it felt, then do the other side.</source>
        <translation>Valora hasta dónde llegó la espinilla y qué notaste; luego haz el otro lado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="129"/>
        <source>How far did your shin go?</source>
        <translation>¿Hasta dónde llegó tu espinilla?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="130"/>
        <source>shin barely moves</source>
        <translation>la espinilla apenas se mueve</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="131"/>
        <source>shin over the toes</source>
        <translation>la espinilla pasa los dedos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="136"/>
        <source>Face a wall, heel down, and slide the foot back until the knee only just touches the wall; measure from the big toe to the wall</source>
        <translation>De cara a una pared y con el talón apoyado, aleja el pie hasta que la rodilla apenas roce la pared; mide del dedo gordo a la pared</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="141"/>
        <source>0 cm</source>
        <translation>0 cm</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="142"/>
        <source>25 cm</source>
        <translation>25 cm</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="147"/>
        <source>Shin angle from a photo: how far the shin leans forward from vertical</source>
        <translation>Ángulo de la tibia en una foto: cuánto se inclina la tibia hacia delante desde la vertical</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="150"/>
        <source>upright</source>
        <translation>vertical</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="151"/>
        <source>far over the toes</source>
        <translation>muy por delante de los dedos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="163"/>
        <source>Kneeling lunge</source>
        <translation>Zancada de rodillas</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="164"/>
        <source>kneeling lunge</source>
        <translation>la zancada de rodillas</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="165"/>
        <source>hip extension</source>
        <translation>extensión de la cadera</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="168"/>
        <source>How far the front of your hip opens. A tight hip makes the thigh and knee do work the hip should share.</source>
        <translation>Cuánto se abre la parte delantera de tu cadera. Una cadera tensa obliga al muslo y a la rodilla a hacer un trabajo que debería compartir la cadera.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="179"/>
        <source>Keep your trunk upright and tuck your tailbone under.</source>
        <translation>Mantén el tronco recto y mete el coxis hacia dentro.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="180"/>
        <source>Shift your hips forward, as in a hip-flexor stretch, trying to bring the front of the back hip toward the floor.</source>
        <translation>Lleva la cadera hacia delante, como al estirar el flexor de la cadera, intentando acercar al suelo la parte delantera de la cadera de atrás.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="186"/>
        <source>Rate how far the hip went and how it felt, then swap legs.</source>
        <translation>Valora hasta dónde llegó la cadera y qué notaste; luego cambia de pierna.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="191"/>
        <source>How far did your hip open?</source>
        <translation>¿Cuánto se abrió tu cadera?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="192"/>
        <source>hips barely move</source>
        <translation>la cadera apenas se mueve</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="193"/>
        <source>hip fully open</source>
        <translation>cadera del todo abierta</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="202"/>
        <source>Thigh angle from a photo: how far the back thigh is behind vertical</source>
        <translation>Ángulo del muslo en una foto: cuánto queda el muslo de atrás por detrás de la vertical</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="205"/>
        <source>thigh upright</source>
        <translation>muslo vertical</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="206"/>
        <source>thigh far back</source>
        <translation>muslo muy atrás</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="220"/>
        <source>Knee straightening</source>
        <translation>Extensión de rodilla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="221"/>
        <source>knee straightening</source>
        <translation>la extensión de rodilla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="222"/>
        <source>knee extension</source>
        <translation>estirar la rodilla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="225"/>
        <source>Whether your knee straightens all the way. A knee that stays a little bent takes more load with every step.</source>
        <translation>Si tu rodilla se estira del todo. Una rodilla que se queda un poco doblada soporta más carga en cada paso.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="231"/>
        <source>Sit on the floor with both legs straight out in front of you.</source>
        <translation>Siéntate en el suelo con las dos piernas estiradas delante.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="235"/>
        <source>Press the back of that knee flat toward the floor.</source>
        <translation>Aprieta la parte de atrás de esa rodilla contra el suelo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="237"/>
        <source>Rate how straight the knee went and how it felt, then do the other side.</source>
        <translation>Valora cuánto se estiró la rodilla y qué notaste; luego haz el otro lado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="244"/>
        <source>How straight did your knee go?</source>
        <translation>¿Cuánto se estiró tu rodilla?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="245"/>
        <source>knee stays bent</source>
        <translation>la rodilla sigue doblada</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="246"/>
        <source>knee flat on the floor</source>
        <translation>rodilla plana en el suelo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="251"/>
        <source>Knee angle from a photo: how far the knee is short of straight</source>
        <translation>Ángulo de la rodilla en una foto: cuánto le falta a la rodilla para estar recta</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="254"/>
        <source>straight</source>
        <translation>recta</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="255"/>
        <source>clearly bent</source>
        <translation>claramente doblada</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="265"/>
        <source>Single-leg squat</source>
        <translation>Sentadilla a una pierna</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="266"/>
        <source>single-leg squat</source>
        <translation>la sentadilla a una pierna</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="267"/>
        <source>knee control</source>
        <translation>control de la rodilla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="270"/>
        <source>Whether your hip keeps the knee in line. When the deep hip muscles tire, the knee drifts inward.</source>
        <translation>Si tu cadera mantiene la rodilla alineada. Cuando los músculos profundos de la cadera se cansan, la rodilla se va hacia dentro.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="26"/>
        <source>At the end, press the knee a little further forward with your hand: note whether it hurts or simply stops.</source>
        <translation>Al final, empuja la rodilla un poco más hacia delante con la mano: fíjate en si duele o si simplemente no da más de sí.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="31"/>
        <source>At the end, shift your hips a little further forward: note whether the front of the hip hurts or simply stops.</source>
        <translation>Al final, lleva la cadera un poco más hacia delante: fíjate en si duele la parte delantera de la cadera o si simplemente no da más de sí.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="36"/>
        <source>At the end, press down gently on the thigh just above the knee with both hands: note whether it hurts or simply stops.</source>
        <translation>Al final, empuja con suavidad hacia abajo el muslo, justo encima de la rodilla, con las dos manos: fíjate en si duele o si simplemente no da más de sí.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="41"/>
        <source>Stop the set if the knee hurts sharply or you lose your balance.</source>
        <translation>Para la serie si la rodilla te da un dolor agudo o pierdes el equilibrio.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="44"/>
        <source>Stop when your hips sag or twist: the last good lift is your count.</source>
        <translation>Para cuando la cadera se hunda o se gire: la última subida bien hecha es tu cuenta.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="49"/>
        <source>Stop at once on a sharp pain; a gentle stretch is fine.</source>
        <translation>Para si notas un dolor agudo; un estiramiento suave está bien.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="114"/>
        <source>Stand facing a stair. Put the foot of the side you are checking on the step, its heel just off the edge.</source>
        <translation>Ponte de cara a un escalón. Apoya en él el pie del lado que compruebas, con el talón justo fuera del borde.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="133"/>
        <source>Pain (ankle) when you press the knee forward</source>
        <translation>Dolor (tobillo) al empujar la rodilla hacia delante</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="155"/>
        <source>how far your ankle bends</source>
        <translation>cuánto se dobla tu tobillo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="156"/>
        <source>The side you check is the leg with its foot on the step.</source>
        <translation>El lado que compruebas es la pierna con el pie en el escalón.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="174"/>
        <source>Kneel on a cushion on the knee of the side you are checking, the other foot flat in front of you. The back leg, on its knee, is the one checked.</source>
        <translation>Arrodíllate sobre un cojín con la rodilla del lado que compruebas y el otro pie apoyado delante de ti. La pierna de atrás, la que está de rodillas, es la que se comprueba.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="196"/>
        <source>Pain (front of the back hip) when you shift a little further</source>
        <translation>Dolor (parte delantera de la cadera de atrás) al llevarla un poco más hacia delante</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="210"/>
        <source>how far the front of your hip opens</source>
        <translation>cuánto se abre la parte delantera de tu cadera</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="211"/>
        <source>The side you check is the back leg, the one kneeling: kneeling on your left knee checks your left hip.</source>
        <translation>El lado que compruebas es la pierna de atrás, la que está de rodillas: de rodillas sobre la rodilla izquierda compruebas tu cadera izquierda.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="234"/>
        <source>Tighten the front of the thigh of the side you are checking.</source>
        <translation>Contrae la parte delantera del muslo del lado que compruebas.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="248"/>
        <source>Pain (knee) when you press the thigh down</source>
        <translation>Dolor (rodilla) al empujar el muslo hacia abajo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="259"/>
        <source>whether your knee straightens fully</source>
        <translation>si tu rodilla se estira del todo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="260"/>
        <source>The side you check is the thigh you tighten.</source>
        <translation>El lado que compruebas es el del muslo que contraes.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="276"/>
        <source>Stand on the leg of the side you are checking, in front of a mirror; hold something for balance if you need to.</source>
        <translation>Ponte sobre la pierna del lado que compruebas, delante de un espejo; agárrate a algo para mantener el equilibrio si lo necesitas.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="281"/>
        <source>Squat down slowly, a quarter of the way, and come back up. Do it five times.</source>
        <translation>Baja despacio, un cuarto del recorrido, y vuelve a subir. Hazlo cinco veces.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="284"/>
        <source>Watch your kneecap: does it stay over your second toe or drift inward?</source>
        <translation>Mira tu rótula: ¿se queda sobre el segundo dedo del pie o se va hacia dentro?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="288"/>
        <source>Rate the drift and any pain, then do the other side.</source>
        <translation>Valora el desvío y el dolor, si lo hay; luego haz el otro lado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="293"/>
        <source>Did your knee drift inward?</source>
        <translation>¿Se fue tu rodilla hacia dentro?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="294"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="295"/>
        <source>marked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="297"/>
        <source>Pain (knee) during the squats</source>
        <translation>Dolor (rodilla) durante las sentadillas</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="299"/>
        <source>whether your knee stays in line</source>
        <translation>si tu rodilla se mantiene alineada</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="300"/>
        <source>The side you check is the leg you stand on.</source>
        <translation>El lado que compruebas es la pierna sobre la que te apoyas.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="305"/>
        <source>Single-leg bridge</source>
        <translation>Puente a una pierna</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="306"/>
        <source>single-leg bridge</source>
        <translation>la prueba del puente a una pierna</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="307"/>
        <source>hip extensor strength</source>
        <translation>fuerza extensora de la cadera</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="310"/>
        <source>How strong the muscles at the back of your hip are. When they are weak, the thigh and the band on the side of the leg take over.</source>
        <translation>Qué fuerza tienen los músculos de la parte de atrás de tu cadera. Cuando están débiles, el muslo y la banda del lateral de la pierna toman el relevo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="316"/>
        <source>Lie on your back, the heel of the side you are checking on a chair or step, the other leg in the air.</source>
        <translation>Túmbate boca arriba con el talón del lado que compruebas sobre una silla o un escalón y la otra pierna en el aire.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="325"/>
        <source>Lower and repeat at a steady pace.</source>
        <translation>Baja y repite a un ritmo constante.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="340"/>
        <source>how strong the back of your hip is</source>
        <translation>qué fuerza tiene la parte de atrás de tu cadera</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="341"/>
        <source>The side you check is the leg with its heel on the chair.</source>
        <translation>El lado que compruebas es la pierna con el talón en la silla.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="321"/>
        <source>Push through the heel and lift your hips until your body is in a straight line.</source>
        <translation>Empuja con el talón y sube la cadera hasta que el cuerpo quede en línea recta.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="327"/>
        <source>Count the good repetitions, note any pain, then do the other side.</source>
        <translation>Cuenta las repeticiones bien hechas, anota si hay dolor y luego haz el otro lado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="334"/>
        <source>How many good repetitions?</source>
        <translation>¿Cuántas repeticiones bien hechas?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/checks.py" line="338"/>
        <source>Pain (back of the hip or knee) during the bridges</source>
        <translation>Dolor (parte de atrás de la cadera o de la rodilla) durante los puentes</translation>
    </message>
</context>
<context>
    <name>ChooseChecksPage</name>
    <message>
        <location filename="../../kneeapp/ui/pages/choose_checks.py" line="24"/>
        <source>Which checks today?</source>
        <translation>¿Qué pruebas haces hoy?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/choose_checks.py" line="25"/>
        <source>All five take about ten minutes. Short of time? The first two are the core.</source>
        <translation>Las cinco llevan unos diez minutos. ¿Vas con prisa? Las dos primeras son las esenciales.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/choose_checks.py" line="35"/>
        <source>{target}. {purpose}</source>
        <translation>{target}. {purpose}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/choose_checks.py" line="47"/>
        <source>Just the core two: step test and kneeling lunge</source>
        <translation>Solo las dos esenciales: escalón y zancada de rodillas</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/choose_checks.py" line="48"/>
        <source>All five checks</source>
        <translation>Las cinco pruebas</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/choose_checks.py" line="55"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/choose_checks.py" line="59"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/choose_checks.py" line="82"/>
        <source>Tick at least one check.</source>
        <translation>Marca al menos una prueba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/pages/choose_checks.py" line="85"/>
        <source>{count} of %n checks</source>
        <translation>
            <numerusform>{count} de %n prueba</numerusform>
            <numerusform>{count} de %n pruebas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicStatusLine</name>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="40"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="41"/>
        <source>Send the waiting checks now</source>
        <translation>Enviar ahora las pruebas pendientes</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="61"/>
        <source>The clinic server has been upgraded: update this station. Checks are kept on this computer until then ({count} waiting).</source>
        <translation>El servidor de la clínica se ha actualizado: actualice este puesto. Hasta entonces, las pruebas se guardan en este ordenador ({count} pendientes).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="65"/>
        <source>1 check waiting to reach the clinic server</source>
        <translation>1 prueba pendiente de llegar al servidor de la clínica</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="67"/>
        <source>{count} checks waiting to reach the clinic server</source>
        <translation>{count} pruebas pendientes de llegar al servidor de la clínica</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="71"/>
        <source>Every check has reached the clinic server</source>
        <translation>Todas las pruebas han llegado al servidor de la clínica</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="73"/>
        <source>no contact yet</source>
        <translation>aún sin contacto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="76"/>
        <source>last contact {time}</source>
        <translation>último contacto {time}</translation>
    </message>
</context>
<context>
    <name>ClinicianAdvicePage</name>
    <message>
        <location filename="../../kneeapp/ui/pages/clinician_advice.py" line="32"/>
        <source>See a clinician first</source>
        <translation>Primero, consulta a un profesional</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/clinician_advice.py" line="36"/>
        <source>Nothing from today has been saved. Once a clinician has looked at your knee and says it is fine to load it, you can come back to KneeCheck.</source>
        <translation>No se ha guardado nada de hoy. Cuando un profesional haya visto tu rodilla y te diga que puedes cargarla, vuelve a KneeCheck.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/clinician_advice.py" line="40"/>
        <source>Back to start</source>
        <translation>Volver al inicio</translation>
    </message>
</context>
<context>
    <name>ClinicianPage</name>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="26"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="28"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="124"/>
        <source>Clinician mode</source>
        <translation>Modo profesional</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="128"/>
        <source>Every patient of the clinic, and the clinic&apos;s settings: a change here applies at every station.</source>
        <translation>Todos los pacientes de la clínica, y los ajustes de la clínica: un cambio aquí se aplica en todos los puestos.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="135"/>
        <source>Patients who used this kiosk, and the clinic&apos;s settings: a change here applies at every station.</source>
        <translation>Pacientes que han usado este quiosco, y los ajustes de la clínica: un cambio aquí se aplica en todos los puestos.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="140"/>
        <source>Patients who used this kiosk, and its settings.</source>
        <translation>Pacientes que han usado este quiosco, y sus ajustes.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="141"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="142"/>
        <source>Open history and reports</source>
        <translation>Abrir historial e informes</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="143"/>
        <source>Delete patient and all their data…</source>
        <translation>Borrar paciente y todos sus datos…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="144"/>
        <source>Reset their PIN</source>
        <translation>Restablecer su PIN</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="145"/>
        <source>Reset the patient&apos;s PIN</source>
        <translation>Restablecer el PIN del paciente</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="146"/>
        <source>Clear the screen after no touch for</source>
        <translation>Borrar la pantalla tras este tiempo sin tocarla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="147"/>
        <source>Idle time</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="148"/>
        <source>During a check, wait for a touch for</source>
        <translation>Durante una prueba, esperar un toque durante</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="150"/>
        <source>Idle time during a check</source>
        <translation>Tiempo de espera durante una prueba</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="153"/>
        <source>The start screen&apos;s language (each patient may choose another)</source>
        <translation>Idioma de la pantalla de inicio (cada paciente puede elegir otro)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="156"/>
        <source>Clinic language</source>
        <translation>Idioma de la clínica</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="159"/>
        <source>Photos a patient measures an angle on (the marked points are always kept)</source>
        <translation>Fotos en las que un paciente mide un ángulo (los puntos marcados se guardan siempre)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="163"/>
        <source>Never kept on this kiosk</source>
        <translation>No se guardan nunca en este quiosco</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="164"/>
        <source>Kept with the results when the patient ticks it</source>
        <translation>Se guardan con los resultados si el paciente lo marca</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="166"/>
        <source>Keeping photos</source>
        <translation>Guardar fotos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="168"/>
        <source>Clinician PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="169"/>
        <source>Change the clinician PIN…</source>
        <translation>Cambiar el PIN del personal…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="170"/>
        <source>Lock and return to start</source>
        <translation>Bloquear y volver al inicio</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="171"/>
        <source>Close KneeCheck</source>
        <translation>Cerrar KneeCheck</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="200"/>
        <source>%n self-check(s)</source>
        <translation>
            <numerusform>%n autoevaluación</numerusform>
            <numerusform>%n autoevaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="205"/>
        <source>No patients yet.</source>
        <translation>Aún no hay pacientes.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="274"/>
        <source>Delete {name} and every self-check saved under that name? This cannot be undone.</source>
        <translation>¿Borrar a {name} y todas las autoevaluaciones guardadas con ese nombre? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="276"/>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_page.py" line="277"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>ClosingWithChecksWaiting</name>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="103"/>
        <source>1 check has not reached the clinic server yet. It is kept on this computer and sent the next time KneeCheck starts here.</source>
        <translation>1 prueba aún no ha llegado al servidor de la clínica. Se guarda en este ordenador y se enviará la próxima vez que KneeCheck se abra aquí.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="108"/>
        <source>{count} checks have not reached the clinic server yet. They are kept on this computer and sent the next time KneeCheck starts here.</source>
        <translation>{count} pruebas aún no han llegado al servidor de la clínica. Se guardan en este ordenador y se enviarán la próxima vez que KneeCheck se abra aquí.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="114"/>
        <source>Keep open</source>
        <translation>Mantener abierto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/clinic_status.py" line="115"/>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>DataNotices</name>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="152"/>
        <source>About your data</source>
        <translation>Sobre tus datos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="180"/>
        <source>the damaged file</source>
        <translation>el archivo dañado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="184"/>
        <source>Your KneeCheck data file could not be used ({detail}). It has been moved aside, unchanged, as {kept} in {folder}. </source>
        <translation>No se ha podido usar tu archivo de datos de KneeCheck ({detail}). Se ha apartado, sin cambios, como {kept} en {folder}. </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="189"/>
        <source>At an earlier start your KneeCheck data file was found damaged. It was moved aside, unchanged, as {kept} in {folder}, and nobody has chosen yet what to do. Until then no backup copy is deleted. </source>
        <translation>En un inicio anterior, el archivo de datos de KneeCheck estaba dañado. Se apartó, sin cambios, como {kept} en {folder}, y nadie ha decidido todavía qué hacer. Hasta entonces no se borra ninguna copia de seguridad. </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="196"/>
        <source>A sound backup from {when} is available.</source>
        <translation>Hay una copia de seguridad en buen estado del {when}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="200"/>
        <source>Restore the backup</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="201"/>
        <source>Start with no history</source>
        <translation>Empezar sin historial</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="205"/>
        <source>There is no backup to go back to, so KneeCheck starts with no history.</source>
        <translation>No hay ninguna copia a la que volver, así que KneeCheck empieza sin historial.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="207"/>
        <location filename="../../kneeapp/ui/data_safety.py" line="221"/>
        <location filename="../../kneeapp/ui/data_safety.py" line="249"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="217"/>
        <source>This data was written by a newer version of KneeCheck (data version {version}). You can look at it, but nothing can be saved until you install the newer KneeCheck. The file has not been changed.</source>
        <translation>Estos datos los escribió una versión más nueva de KneeCheck (versión de datos {version}). Puedes consultarlos, pero no se puede guardar nada hasta que instales esa versión más nueva. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="29"/>
        <source>Today&apos;s backup copy of your data could not be made: {problem} Your data itself is unharmed, and KneeCheck tries again the next time it starts.</source>
        <translation>No se ha podido hacer la copia de seguridad de hoy de tus datos: {problem} Tus datos en sí no han sufrido ningún daño, y KneeCheck lo volverá a intentar la próxima vez que se abra.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="262"/>
        <source>The backup could not be restored: {error}</source>
        <translation>No se ha podido restaurar la copia: {error}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="274"/>
        <source>Your history is back from the backup. Sessions saved after that backup are not in it; the damaged file is kept in case they can be recovered from it.</source>
        <translation>Tu historial ha vuelto desde la copia. Las sesiones guardadas después de esa copia no están; el archivo dañado se conserva por si se pueden recuperar de él.</translation>
    </message>
</context>
<context>
    <name>DistanceInput</name>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="265"/>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="280"/>
        <source> in</source>
        <translation> in</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="280"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kneeapp/ui/kiosk/done_page.py" line="34"/>
        <source>Saved. Thank you!</source>
        <translation>Guardado. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/done_page.py" line="35"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/done_page.py" line="36"/>
        <source>Show my results again</source>
        <translation>Ver mis resultados otra vez</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/done_page.py" line="37"/>
        <source>Sign out now</source>
        <translation>Salir ahora</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/done_page.py" line="44"/>
        <source>Your self-check is saved. For your privacy you will be signed out in {seconds} s.</source>
        <translation>Tu autoevaluación está guardada. Por tu privacidad, se cerrará tu sesión en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/done_page.py" line="47"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="63"/>
        <source>Unfinished self-check</source>
        <translation>Autoevaluación sin terminar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="128"/>
        <source>A self-check you started on {when} was not finished. Do you want to carry on where you left off?</source>
        <translation>Una autoevaluación que empezaste el {when} quedó sin terminar. ¿Quieres seguir donde lo dejaste?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="131"/>
        <source>Resume it</source>
        <translation>Seguir con ella</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="131"/>
        <source>Discard it</source>
        <translation>Descartarla</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kneeapp/domain/kiosk.py" line="41"/>
        <source>Type your name or the code the clinic gave you.</source>
        <translation>Escribe tu nombre o el código que te dio la clínica.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kiosk.py" line="45"/>
        <location filename="../../kneeapp/domain/profiles.py" line="83"/>
        <source>Please use at most {count} characters.</source>
        <translation>Usa como máximo {count} caracteres, por favor.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kiosk.py" line="50"/>
        <location filename="../../kneeapp/domain/profiles.py" line="88"/>
        <source>Please use letters, digits and spaces only.</source>
        <translation>Usa solo letras, cifras y espacios, por favor.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/pin.py" line="36"/>
        <source>The PIN may only contain the digits 0 to 9.</source>
        <translation>El PIN solo puede tener cifras del 0 al 9.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/pin.py" line="40"/>
        <source>The PIN needs {least} to {most} digits; it has {count}.</source>
        <translation>El PIN necesita de {least} a {most} cifras; tiene {count}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/pin.py" line="55"/>
        <source>Your PIN is {count} digits.</source>
        <translation>Tu PIN tiene {count} cifras.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/profiles.py" line="93"/>
        <source>The year of birth must be between {first} and {last}.</source>
        <translation>El año de nacimiento debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/profiles.py" line="100"/>
        <source>The painful side must be left, right or both.</source>
        <translation>El lado doloroso debe ser izquierdo, derecho o ambos.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/profiles.py" line="105"/>
        <source>The weekly running distance must be between 0 and {most} km.</source>
        <translation>La distancia semanal de carrera debe estar entre 0 y {most} km.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/profiles.py" line="120"/>
        <source>{what}: type a whole number, e.g. 1985.</source>
        <translation>{what}: escriba un número entero, p. ej. 1985.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/profiles.py" line="134"/>
        <source>{what}: type a number, e.g. 25.</source>
        <translation>{what}: escriba un número, p. ej. 25.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <location filename="../../kneeapp/exporters.py" line="21"/>
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n sesión a {path}.</numerusform>
            <numerusform>Se exportaron %n sesiones a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="47"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="48"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="49"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="84"/>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="85"/>
        <source>Export FHIR…</source>
        <translation>Exportar FHIR…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="86"/>
        <source>FHIR bundles (*.json)</source>
        <translation>Paquetes FHIR (*.json)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="128"/>
        <source>PDF report</source>
        <translation>informe PDF</translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="129"/>
        <source>Report for your therapist (PDF)…</source>
        <translation>Informe PDF para tu fisioterapeuta…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="131"/>
        <source>Save the report (PDF)…</source>
        <translation>Guardar el informe (PDF)…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/exporters.py" line="132"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/exporters.py" line="133"/>
        <source>Saved the report for {person} (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Informe de {person} guardado (%n página) en {path}.</numerusform>
            <numerusform>Informe de {person} guardado (%n páginas) en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="59"/>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="62"/>
        <source>Why is this pointed out? {finding}</source>
        <translation>¿Por qué se señala esto? {finding}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="299"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/domain/observations.py" line="304"/>
        <source>%n result(s) stand(s|) out today: {where}.</source>
        <translation>
            <numerusform>Hoy destaca %n resultado: {where}.</numerusform>
            <numerusform>Hoy destacan %n resultados: {where}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="305"/>
        <source>Nothing could be compared today: a comparison needs both sides of a measure rated.</source>
        <translation>Hoy no se pudo comparar nada: para comparar hace falta valorar los dos lados de una medida.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="309"/>
        <source>Your two sides were close in every measure you rated today.</source>
        <translation>Tus dos lados estuvieron parejos en todas las medidas que valoraste hoy.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="312"/>
        <source>These are observations, not a diagnosis. The guide behind this app links such differences to knee pain after running: keep checking every week or two, and if a difference stays, a physical therapist can find out why.</source>
        <translation>Son observaciones, no un diagnóstico. La guía en la que se basa esta aplicación relaciona estas diferencias con el dolor de rodilla al correr: sigue comprobándolo cada una o dos semanas y, si una diferencia se mantiene, un fisioterapeuta puede averiguar por qué.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="193"/>
        <source>both knees</source>
        <translation>ambas rodillas</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="331"/>
        <source>{place} ({check})</source>
        <translation>{place} ({check})</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../kneeapp/domain/guidance.py" line="21"/>
        <source>Consider seeing a clinician. {reasons} Pain like this is worth having looked at by a doctor or physical therapist before you push on with running.</source>
        <translation>Plantéate consultar a un profesional sanitario. {reasons} Conviene que un médico o un fisioterapeuta valore un dolor así antes de seguir apretando con la carrera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/domain/guidance.py" line="27"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/guidance.py" line="33"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/guidance.py" line="35"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/guidance.py" line="44"/>
        <source>No checks saved yet. Your first one starts here.</source>
        <translation>Aún no hay pruebas guardadas. La primera empieza aquí.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/guidance.py" line="56"/>
        <source>Last check: {when}. The next one fits from {due}, or the day after a run that hurts.</source>
        <translation>Última prueba: {when}. La siguiente, a partir del {due}, o el día después de una carrera que te duela.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/guidance.py" line="62"/>
        <source>Last check: {when}. A good time for the next one.</source>
        <translation>Última prueba: {when}. Buen momento para la siguiente.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/guidance.py" line="67"/>
        <source>Last check: {when}. Whenever you are ready, a new check shows whether the difference has changed.</source>
        <translation>Última prueba: {when}. Cuando quieras, una prueba nueva te mostrará si la diferencia ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/guidance.py" line="96"/>
        <source>Your {side} rated {value} of 10 in the {check}.</source>
        <translation>Tu {side} marcó {value} de 10 en {check}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/guidance.py" line="105"/>
        <source>Your {side}&apos;s pain in the {check} rose from {before} to {value} since your last check.</source>
        <translation>El dolor de tu {side} en {check} subió de {before} a {value} desde tu última prueba.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../kneeapp/ui/safety_answers.py" line="14"/>
        <source>Safety questions: not recorded with this session.</source>
        <translation>Preguntas de seguridad: no se guardaron con esta sesión.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/safety_answers.py" line="23"/>
        <source>Safety questions: all answered no.</source>
        <translation>Preguntas de seguridad: todas respondidas con «no».</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/safety_answers.py" line="24"/>
        <source>Safety questions answered yes: {questions}</source>
        <translation>Preguntas de seguridad respondidas con «sí»: {questions}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/session_lines.py" line="15"/>
        <source>{title}: both sides {missing}.</source>
        <translation>{title}: ambos lados {missing}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/session_lines.py" line="17"/>
        <source>left side {missing}</source>
        <translation>lado izquierdo {missing}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/session_lines.py" line="18"/>
        <source>right side {missing}</source>
        <translation>lado derecho {missing}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/session_lines.py" line="21"/>
        <source>left side {value}</source>
        <translation>lado izquierdo {value}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/session_lines.py" line="22"/>
        <source>right side {value}</source>
        <translation>lado derecho {value}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/session_lines.py" line="24"/>
        <source>{title}, {measure}: {sides}.</source>
        <translation>{title}, {measure}: {sides}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="240"/>
        <source>0 to 10</source>
        <translation>0 a 10</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="258"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="272"/>
        <source>0 none, 1 slight, 2 marked</source>
        <translation>0 nada, 1 leve, 2 marcado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="287"/>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="301"/>
        <source>degrees</source>
        <translation>grados</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/chart_section.py" line="98"/>
        <source>{measure} ({unit})</source>
        <translation>{measure} ({unit})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="48"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="49"/>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="50"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="51"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="61"/>
        <source>No self-checks saved yet. Go back and press “Start a self-check”: after your first one, your results and how they change over time appear here.</source>
        <translation>Aún no hay autoevaluaciones guardadas. Vuelve atrás y pulsa «Empezar una autoevaluación»: después de la primera, aquí verás tus resultados y cómo cambian con el tiempo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="89"/>
        <source>History and reports</source>
        <translation>Historial e informes</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="91"/>
        <source>Your saved self-checks, and whether the difference between your sides is shrinking.</source>
        <translation>Tus autoevaluaciones guardadas y si la diferencia entre tus lados se va reduciendo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="115"/>
        <source>{name}&apos;s saved self-checks, and whether the difference between their sides is shrinking.</source>
        <translation>Las autoevaluaciones guardadas de {name}, y si la diferencia entre sus lados se está reduciendo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="120"/>
        <source>{name} has no saved self-checks.</source>
        <translation>{name} no tiene autoevaluaciones guardadas.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="177"/>
        <source>Saved sessions, newest first</source>
        <translation>Sesiones guardadas, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="132"/>
        <source>Left and right over time</source>
        <translation>Izquierda y derecha a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="135"/>
        <source>Show results from the last</source>
        <translation>Mostrar resultados de los últimos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="141"/>
        <source>Show left and right values</source>
        <translation>Ver valores de izquierda y derecha</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="202"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="212"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="216"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="217"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="246"/>
        <source>Advice given with this session</source>
        <translation>Consejo dado en esta sesión</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="253"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="256"/>
        <source>Note for this session</source>
        <translation>Nota de esta sesión</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="261"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="264"/>
        <source>Delete session…</source>
        <translation>Borrar sesión…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="282"/>
        <source>History and reports: {name}</source>
        <translation>Historial e informes: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/pages/history.py" line="292"/>
        <source>%n saved session(s), newest first</source>
        <translation>
            <numerusform>%n sesión guardada, las más recientes primero</numerusform>
            <numerusform>%n sesiones guardadas, las más recientes primero</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="358"/>
        <source>No checks in this period: choose a longer one to see your results.</source>
        <translation>No hay pruebas en este periodo: elige uno más largo para ver tus resultados.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="436"/>
        <source>Could not save the note: {error}</source>
        <translation>No se ha podido guardar la nota: {error}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="439"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="449"/>
        <source>Delete the self-check of {when}? You can undo this for a few seconds.</source>
        <translation>¿Borrar la autoevaluación del {when}? Podrás deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="452"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="453"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="463"/>
        <source>Could not delete: {error}</source>
        <translation>No se ha podido borrar: {error}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="467"/>
        <source>Deleted the self-check of {when}.</source>
        <translation>Se ha borrado la autoevaluación del {when}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="484"/>
        <source>Could not restore the session: {error}</source>
        <translation>No se ha podido recuperar la sesión: {error}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/history.py" line="530"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se ha podido escribir {path}: {error}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="119"/>
        <source>KneeCheck</source>
        <translation>KneeCheck</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="120"/>
        <source>A self-check for runners whose knees hurt after running</source>
        <translation>Una autoevaluación para corredores a quienes les duele la rodilla después de correr</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="149"/>
        <source>KneeCheck walks you through the left/right checks a physical therapist uses for knee pain after running: how well your ankle and hip move, and how each side feels at the end of its range. It keeps your results on this computer and shows whether the difference between your two sides is shrinking.</source>
        <translation>KneeCheck te guía por las pruebas de lado izquierdo y derecho que usa un fisioterapeuta cuando duele la rodilla al correr: cuánto se mueven el tobillo y la cadera, y qué notas en cada lado al final del movimiento. Guarda tus resultados en este ordenador y te muestra si la diferencia entre tus dos lados se va reduciendo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="157"/>
        <source>When to use it: the day after a run that made your knee hurt, then every week or two. Each check takes a minute or two per side.</source>
        <translation>Cuándo usarlo: el día después de una carrera en la que te dolió la rodilla y, luego, cada una o dos semanas. Cada prueba lleva uno o dos minutos por lado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="163"/>
        <source>What it is not: a diagnosis. It records what you notice. If your knee is swollen, locks or gives way, or the pain keeps you up at night, see a clinician.</source>
        <translation>Lo que no es: un diagnóstico. Solo anota lo que tú notas. Si la rodilla está hinchada, se bloquea o falla, o el dolor no te deja dormir, consulta a un profesional sanitario.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="127"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="122"/>
        <source>A runner with both knees marked, beside a level balance</source>
        <translation>Una persona corriendo con las dos rodillas marcadas, junto a una balanza equilibrada</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="124"/>
        <source>Welcome back.</source>
        <translation>Hola de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="129"/>
        <source>I&apos;m done</source>
        <translation>He terminado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="131"/>
        <source>History and reports</source>
        <translation>Historial e informes</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="132"/>
        <source>Start a self-check</source>
        <translation>Empezar una autoevaluación</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="133"/>
        <source>Whose self-checks:</source>
        <translation>Autoevaluaciones de:</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="134"/>
        <source>Whose self-checks</source>
        <translation>De quién son las autoevaluaciones</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="135"/>
        <source>Profile details…</source>
        <translation>Datos del perfil…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="142"/>
        <source>KneeCheck records what you notice; it is not a diagnosis. If your knee is swollen, locks or gives way, see a clinician.</source>
        <translation>KneeCheck anota lo que tú notas; no es un diagnóstico. Si la rodilla está hinchada, se bloquea o falla, consulta a un profesional sanitario.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/pages/home.py" line="185"/>
        <source>%n self-check(s)</source>
        <translation>
            <numerusform>%n autoevaluación</numerusform>
            <numerusform>%n autoevaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="187"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="201"/>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/home.py" line="211"/>
        <source>Signed in as {name}</source>
        <translation>Has entrado como {name}</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kneeapp/ui/kiosk/idle.py" line="127"/>
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/idle.py" line="128"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/idle.py" line="131"/>
        <source>For privacy, the screen then clears and anything not saved is discarded. Touch the screen to carry on.</source>
        <translation>Por privacidad, después la pantalla se borra y se descarta todo lo que no esté guardado. Toca la pantalla para seguir.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/idle.py" line="135"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/idle.py" line="138"/>
        <source>The screen clears in {seconds} s</source>
        <translation>La pantalla se borra en {seconds} s</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <location filename="../../kneeapp/ui/widgets/illustration.py" line="17"/>
        <source>shin over toes</source>
        <translation>sobre los dedos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/illustration.py" line="18"/>
        <source>hips forward</source>
        <translation>cadera adelante</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/illustration.py" line="19"/>
        <source>hips up</source>
        <translation>cadera arriba</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/illustration.py" line="20"/>
        <source>knee over toes</source>
        <translation>rodilla sobre los dedos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/illustration.py" line="21"/>
        <source>press knee flat</source>
        <translation>rodilla contra el suelo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/illustration.py" line="22"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/illustration.py" line="23"/>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/illustration.py" line="24"/>
        <source>marked</source>
        <translation>marcado</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="63"/>
        <source>The start screen is now in {language} after each patient.</source>
        <translation>La pantalla de inicio vuelve ahora a {language} después de cada paciente.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/staff_pin.py" line="113"/>
        <source>The two PINs differ. Choose the PIN again.</source>
        <translation>Los dos PIN no coinciden. Elige el PIN otra vez.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/staff_pin.py" line="131"/>
        <source>The clinician PIN is changed.</source>
        <translation>El PIN del personal ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/kiosk/staff_pin.py" line="21"/>
        <source>Wrong PIN. %n tr(y|ies) left before entry locks.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes de que se bloquee la entrada.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes de que se bloquee la entrada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="136"/>
        <source>The report could not be printed.</source>
        <translation>No se ha podido imprimir el informe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="23"/>
        <source>Sent the report for {name} (%n page(s)) to {printer}.</source>
        <translation>
            <numerusform>Informe de {name} enviado (%n página) a {printer}.</numerusform>
            <numerusform>Informe de {name} enviado (%n páginas) a {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="178"/>
        <source>Could not delete {name}: {error}</source>
        <translation>No se ha podido borrar a {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="186"/>
        <source>Deleted {name} and all of their data, with their exports. Backup copies made before now still hold it until they are rotated out, within 4 weeks; to delete those too, run kneeapp purge-backups.</source>
        <translation>Se ha borrado a {name} con todos sus datos y sus exportaciones. Las copias de seguridad hechas antes de ahora los conservan hasta que se renuevan, en 4 semanas como mucho; para borrarlas también, ejecuta kneeapp purge-backups.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="193"/>
        <source>{name} was already deleted.</source>
        <translation>{name} ya estaba borrado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="206"/>
        <source>The PIN of {name} is cleared: they choose a new one when they next sign in.</source>
        <translation>Se ha borrado el PIN de {name}: elegirá uno nuevo la próxima vez que entre.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="220"/>
        <source>The screen now clears after {time} without a touch.</source>
        <translation>Ahora la pantalla se borra tras {time} sin un toque.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="232"/>
        <source>During a check, the screen now waits {time} for a touch.</source>
        <translation>Durante una prueba, la pantalla espera ahora {time} un toque.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="245"/>
        <source>Patients may now keep the photos they measure an angle on.</source>
        <translation>Ahora los pacientes pueden guardar las fotos en las que miden un ángulo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/clinician_mode.py" line="249"/>
        <source>Photos are no longer kept on this kiosk; the marked points still are.</source>
        <translation>Este quiosco ya no guarda fotos; los puntos marcados sí se guardan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kneeapp/ui/main_window.py" line="60"/>
        <location filename="../../kneeapp/ui/main_window.py" line="200"/>
        <source>KneeCheck</source>
        <translation>KneeCheck</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/main_window.py" line="278"/>
        <source>Leave this self-check? What you have entered so far will not be saved.</source>
        <translation>¿Salir de esta autoevaluación? Lo que has anotado hasta ahora no se guardará.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/main_window.py" line="279"/>
        <source>Discard and leave</source>
        <translation>Descartar y salir</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/main_window.py" line="280"/>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="78"/>
        <source>range</source>
        <translation>amplitud</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="106"/>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="133"/>
        <source>knee-to-wall distance</source>
        <translation>distancia rodilla-pared</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="163"/>
        <source>knee drift</source>
        <translation>desvío de la rodilla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="198"/>
        <source>repetitions</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="228"/>
        <source>shin angle</source>
        <translation>ángulo de la tibia</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="272"/>
        <source>thigh angle</source>
        <translation>ángulo del muslo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="303"/>
        <source>knee angle</source>
        <translation>ángulo de la rodilla</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="10"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="11"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="12"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="13"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="14"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="15"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="16"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="17"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="18"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="19"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="20"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="21"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="76"/>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="78"/>
        <source>{day} {month}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="87"/>
        <source>{day} {month} {year} at {time}</source>
        <translation>{day} de {month} de {year} a las {time}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="89"/>
        <source>{day} {month} {year}, {time}</source>
        <translation>{day} de {month} de {year}, {time}</translation>
    </message>
</context>
<context>
    <name>NotePage</name>
    <message>
        <location filename="../../kneeapp/ui/pages/note.py" line="28"/>
        <source>Add a note (optional)</source>
        <translation>Añade una nota (opcional)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/note.py" line="29"/>
        <source>A few words help you and your physical therapist read the results later.</source>
        <translation>Unas pocas palabras te ayudan, a ti y a tu fisioterapeuta, a entender los resultados más adelante.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/note.py" line="35"/>
        <source>For example: 8 km easy yesterday, left knee ached on the downhill.</source>
        <translation>Por ejemplo: ayer 8 km suaves, me dolió la rodilla izquierda en la bajada.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/note.py" line="37"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/note.py" line="43"/>
        <source>See summary</source>
        <translation>Ver resumen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/pages/note.py" line="56"/>
        <source>{length} of %n characters: please shorten the note.</source>
        <translation>
            <numerusform>{length} de %n carácter: acorta la nota, por favor.</numerusform>
            <numerusform>{length} de %n caracteres: acorta la nota, por favor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/pages/note.py" line="59"/>
        <source>{length} of %n characters</source>
        <translation>
            <numerusform>{length} de %n carácter</numerusform>
            <numerusform>{length} de %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../kneeapp/domain/text.py" line="64"/>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>Observations</name>
    <message numerus="yes">
        <location filename="../../kneeapp/domain/kinds.py" line="60"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="74"/>
        <source>{value} points</source>
        <translation>{value} puntos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="130"/>
        <source>{amount}, left worse</source>
        <translation>{amount}, peor la izquierda</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="132"/>
        <source>{amount}, right worse</source>
        <translation>{amount}, peor la derecha</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="221"/>
        <location filename="../../kneeapp/domain/observations.py" line="139"/>
        <source>{worse} against {other}</source>
        <translation>{worse} frente a {other}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="95"/>
        <source>Your {side_joint} moved less than your {other} in the {check} ({pair}).</source>
        <translation>Tu {side_joint} se movió menos que {other} en {check} ({pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="122"/>
        <source>Your {side_joint} hurt more than your {other} in the {check} ({pair}).</source>
        <translation>Tu {side_joint} dolió más que {other} en {check} ({pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="181"/>
        <source>Your {side_joint} drifted inward more than your {other} in the {check} ({pair}).</source>
        <translation>Tu {side_joint} se fue hacia dentro más que {other} en {check} ({pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="214"/>
        <source>Your {side_joint} managed fewer repetitions than your {other} in the {check} ({pair}).</source>
        <translation>Tu {side_joint} hizo menos repeticiones que {other} en {check} ({pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="150"/>
        <source>Your {side_joint} bent less in the knee-to-wall test: toes {pair} from the wall.</source>
        <translation>Tu {side_joint} se dobló menos en la prueba rodilla-pared: dedos a {pair} de la pared.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="64"/>
        <source>{value}&#xa0;cm</source>
        <translation>{value}&#xa0;cm</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="65"/>
        <source>{value}&#xa0;%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="66"/>
        <source>{value}°</source>
        <translation>{value}°</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="120"/>
        <source>not compared</source>
        <translation>sin comparar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="146"/>
        <source>{title}, {measure}: not compared (left {left}, right {right}).</source>
        <translation>{title}, {measure}: sin comparar (izquierdo {left}, derecho {right}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="248"/>
        <source>Your {side_joint} bent less than your {other} on the photos of the {check} (shin angle {pair}).</source>
        <translation>Tu {side_joint} se dobló menos que {other} en las fotos de {check} (ángulo de la tibia {pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="287"/>
        <source>Your {side_joint} opened less than your {other} on the photos of the {check} (thigh angle {pair}).</source>
        <translation>Tu {side_joint} se abrió menos que {other} en las fotos de {check} (ángulo del muslo {pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="318"/>
        <source>Your {side_joint} stayed further from straight than your {other} on the photos of the {check} (knee angle {pair}).</source>
        <translation>Tu {side_joint} quedó más lejos de estar recta que {other} en las fotos de {check} (ángulo de la rodilla {pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="99"/>
        <source>The {side_joint} moved less than the {other} in the {check} ({pair}).</source>
        <translation>Su {side_joint} se movió menos que {other} en {check} ({pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="125"/>
        <source>The {side_joint} hurt more than the {other} in the {check} ({pair}).</source>
        <translation>Su {side_joint} dolió más que {other} en {check} ({pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="154"/>
        <source>The {side_joint} bent less in the knee-to-wall test: toes {pair} from the wall.</source>
        <translation>Su {side_joint} se dobló menos en la prueba rodilla-pared: dedos a {pair} de la pared.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="185"/>
        <source>The {side_joint} drifted inward more than the {other} in the {check} ({pair}).</source>
        <translation>Su {side_joint} se fue hacia dentro más que {other} en {check} ({pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="218"/>
        <source>The {side_joint} managed fewer repetitions than the {other} in the {check} ({pair}).</source>
        <translation>Su {side_joint} hizo menos repeticiones que {other} en {check} ({pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="253"/>
        <source>The {side_joint} bent less than the {other} on the photos of the {check} (shin angle {pair}).</source>
        <translation>Su {side_joint} se dobló menos que {other} en las fotos de {check} (ángulo de la tibia {pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="292"/>
        <source>The {side_joint} opened less than the {other} on the photos of the {check} (thigh angle {pair}).</source>
        <translation>Su {side_joint} se abrió menos que {other} en las fotos de {check} (ángulo del muslo {pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="323"/>
        <source>The {side_joint} stayed further from straight than the {other} on the photos of the {check} (knee angle {pair}).</source>
        <translation>Su {side_joint} quedó más lejos de estar recta que {other} en las fotos de {check} (ángulo de la rodilla {pair}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="261"/>
        <source>The left shin angle is under 36.5°, which is worth pointing out.</source>
        <translation>El ángulo de la tibia izquierda es menor de 36,5°, y eso merece señalarse.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="264"/>
        <source>The right shin angle is under 36.5°, which is worth pointing out.</source>
        <translation>El ángulo de la tibia derecha es menor de 36,5°, y eso merece señalarse.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="180"/>
        <source>The difference is smaller than what this app points out.</source>
        <translation>La diferencia es menor de lo que esta aplicación señala.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="190"/>
        <source>Both knees drifted inward markedly in the {check}.</source>
        <translation>Las dos rodillas se fueron claramente hacia dentro en {check}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="208"/>
        <source>{title}, {measure}: both sides the same.</source>
        <translation>{title}, {measure}: los dos lados igual.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="228"/>
        <source>{measure}: {side} worse by {amount}. Worth noting.</source>
        <translation>{measure}: {side} peor por {amount}. A tener en cuenta.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="229"/>
        <source>{measure}: {side} worse by {amount}. Small difference.</source>
        <translation>{measure}: {side} peor por {amount}. Diferencia pequeña.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="251"/>
        <source>{measure}: both sides marked. Worth noting.</source>
        <translation>{measure}: marcado en los dos lados. A tener en cuenta.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="255"/>
        <source>{measure}: both sides the same.</source>
        <translation>{measure}: los dos lados igual.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="259"/>
        <source>{measure}: {side} worse ({amount}). Worth noting.</source>
        <translation>{measure}: {side} peor ({amount}). A tener en cuenta.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="277"/>
        <source>{measure}: not rated yet.</source>
        <translation>{measure}: aún sin valorar.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="279"/>
        <source>{measure}: left {left}, right {right}.</source>
        <translation>{measure}: izquierdo {left}, derecho {right}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="291"/>
        <source>{rule} Source: {source}</source>
        <translation>{rule} Fuente: {source}</translation>
    </message>
</context>
<context>
    <name>Other ankle</name>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="33"/>
        <source>left</source>
        <translation>el izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="34"/>
        <source>right</source>
        <translation>el derecho</translation>
    </message>
</context>
<context>
    <name>Other hip</name>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="35"/>
        <source>left</source>
        <translation>la izquierda</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="36"/>
        <source>right</source>
        <translation>la derecha</translation>
    </message>
</context>
<context>
    <name>Other knee</name>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="37"/>
        <source>left</source>
        <translation>la izquierda</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="38"/>
        <source>right</source>
        <translation>la derecha</translation>
    </message>
</context>
<context>
    <name>Other side</name>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="39"/>
        <source>left</source>
        <translation>el izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="40"/>
        <source>right</source>
        <translation>el derecho</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../kneeapp/ui/pages/base.py" line="88"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/base.py" line="92"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/base.py" line="99"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>PainPrompt</name>
    <message>
        <location filename="../../kneeapp/ui/widgets/pain_prompt.py" line="29"/>
        <source>Severe pain</source>
        <translation>Dolor intenso</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/pain_prompt.py" line="32"/>
        <source>Stop this check</source>
        <translation>Parar esta prueba</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/pain_prompt.py" line="33"/>
        <source>Stop the whole self-check</source>
        <translation>Parar toda la autoevaluación</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/pain_prompt.py" line="34"/>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/pain_prompt.py" line="50"/>
        <source>Your left side hurts {value} of 10. Pain like this is a reason to stop: stop this check, or the whole self-check? What you rated so far is kept.</source>
        <translation>El lado izquierdo te duele {value} de 10. Un dolor así es motivo para parar: ¿paras esta prueba o toda la autoevaluación? Lo que has valorado hasta ahora se guarda.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/pain_prompt.py" line="55"/>
        <source>Your right side hurts {value} of 10. Pain like this is a reason to stop: stop this check, or the whole self-check? What you rated so far is kept.</source>
        <translation>El lado derecho te duele {value} de 10. Un dolor así es motivo para parar: ¿paras esta prueba o toda la autoevaluación? Lo que has valorado hasta ahora se guarda.</translation>
    </message>
</context>
<context>
    <name>PatientSignIn</name>
    <message>
        <location filename="../../kneeapp/ui/kiosk/patient_sign_in.py" line="81"/>
        <source>The two PINs differ. Choose your PIN again.</source>
        <translation>Los dos PIN no coinciden. Elige tu PIN otra vez.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/patient_sign_in.py" line="93"/>
        <source>Your PIN cannot be checked just now. Please try again in a moment, or ask the clinic staff.</source>
        <translation>Ahora mismo no se puede comprobar tu PIN. Vuelve a intentarlo en un momento o pregunta al personal de la clínica.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/patient_sign_in.py" line="109"/>
        <source>This name or code already has another PIN. Type your own PIN, or press Cancel and use another name or code.</source>
        <translation>Este nombre o código ya tiene otro PIN. Escribe tu propio PIN, o pulsa Cancelar y usa otro nombre o código.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/kiosk/patient_sign_in.py" line="118"/>
        <source>This name and PIN do not go together. %n tr(y|ies) left before this name is locked for a while.</source>
        <translation>
            <numerusform>Este nombre y este PIN no van juntos. Queda %n intento antes de que este nombre se bloquee un tiempo.</numerusform>
            <numerusform>Este nombre y este PIN no van juntos. Quedan %n intentos antes de que este nombre se bloquee un tiempo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientStartPage</name>
    <message>
        <location filename="../../kneeapp/ui/kiosk/start_page.py" line="59"/>
        <source>Welcome to KneeCheck</source>
        <translation>Te damos la bienvenida a KneeCheck</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/start_page.py" line="62"/>
        <source>A left/right self-check for runners whose knees hurt after running. Type your name or the code the clinic gave you. Use the same one next time to see your earlier results: nobody else&apos;s are ever shown here.</source>
        <translation>Una autoevaluación izquierda/derecha para corredores a quienes les duele la rodilla después de correr. Escribe tu nombre o el código que te dio la clínica. Usa el mismo la próxima vez para ver tus resultados anteriores: aquí nunca se muestran los de otras personas.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/start_page.py" line="68"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/start_page.py" line="70"/>
        <location filename="../../kneeapp/ui/kiosk/start_page.py" line="71"/>
        <source>Your name or clinic code</source>
        <translation>Tu nombre o código de la clínica</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/start_page.py" line="72"/>
        <source>Clinic staff</source>
        <translation>Personal de la clínica</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/start_page.py" line="73"/>
        <source>Clinic staff: enter the PIN</source>
        <translation>Personal de la clínica: introduce el PIN</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/start_page.py" line="74"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <location filename="../../kneeapp/ui/photo_files.py" line="45"/>
        <location filename="../../kneeapp/ui/photo_files.py" line="62"/>
        <source>This file cannot be opened as a photo: {reason}</source>
        <translation>Este archivo no se puede abrir como foto: {reason}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="57"/>
        <source>Open a photo</source>
        <translation>Abrir una foto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="59"/>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
</context>
<context>
    <name>PhotoAngleInput</name>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="404"/>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="451"/>
        <source>Measure from a photo…</source>
        <translation>Medir en una foto…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="406"/>
        <source>{name}: measure from a photo</source>
        <translation>{name}: medir en una foto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="410"/>
        <source>Remove this angle</source>
        <translation>Quitar este ángulo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="412"/>
        <source>{name}: remove the angle</source>
        <translation>{name}: quitar el ángulo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="308"/>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="434"/>
        <source>{value}°: the mean of %n photo(s), spread {spread}°</source>
        <translation>
            <numerusform>{value}°: la media de %n foto, dispersión {spread}°</numerusform>
            <numerusform>{value}°: la media de %n fotos, dispersión {spread}°</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="440"/>
        <source>{value}° from one photo</source>
        <translation>{value}° de una foto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="444"/>
        <source>{value}°</source>
        <translation>{value}°</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="446"/>
        <source>{side}: {value}</source>
        <translation>{side}: {value}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="449"/>
        <source>Measure again from a photo…</source>
        <translation>Medir otra vez en una foto…</translation>
    </message>
</context>
<context>
    <name>PhotoAngleTool</name>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="48"/>
        <source>Result: {mean}, the mean of %n photo(s); spread {spread}</source>
        <translation>
            <numerusform>Resultado: {mean}, la media de %n foto; dispersión {spread}</numerusform>
            <numerusform>Resultado: {mean}, la media de %n fotos; dispersión {spread}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="108"/>
        <source>Drag each point onto its place, or tap the photo to put the chosen point there. Arrow keys move the chosen point; Shift moves it further.</source>
        <translation>Arrastra cada punto a su sitio, o toca la foto para poner allí el punto elegido. Las flechas mueven el punto elegido; con Mayús se mueve más.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="118"/>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="118"/>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="120"/>
        <source>{side}: {angle}</source>
        <translation>{side}: {angle}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="124"/>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="419"/>
        <source>Open a photo…</source>
        <translation>Abrir una foto…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="137"/>
        <source>Was the phone held upright, not tilted, for this photo?</source>
        <translation>¿Estaba el teléfono derecho, sin inclinar, al hacer esta foto?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="140"/>
        <source>Yes, upright</source>
        <translation>Sí, derecho</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="140"/>
        <source>No, or not sure</source>
        <translation>No, o no estoy seguro</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="141"/>
        <source>Phone upright</source>
        <translation>Teléfono derecho</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="148"/>
        <source>Mark two points far apart on something truly vertical in the photo, such as a door frame: the angle is taken against that line.</source>
        <translation>Marca dos puntos separados sobre algo de verdad vertical en la foto, como el marco de una puerta: el ángulo se mide respecto a esa línea.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="155"/>
        <source>Which way does the person face in the photo?</source>
        <translation>¿Hacia qué lado mira la persona en la foto?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="156"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="156"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="156"/>
        <source>Facing</source>
        <translation>Mira hacia</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="166"/>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="167"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="170"/>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="171"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="173"/>
        <source>Whole photo</source>
        <translation>Foto entera</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="185"/>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="190"/>
        <source>Use this photo</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="199"/>
        <source>Remove the last photo</source>
        <translation>Quitar la última foto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="203"/>
        <source>Keep the photo with the results</source>
        <translation>Guardar la foto con los resultados</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="208"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="210"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="243"/>
        <source>shin angle</source>
        <translation>ángulo de la tibia</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="244"/>
        <source>thigh angle</source>
        <translation>ángulo del muslo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="245"/>
        <source>knee angle</source>
        <translation>ángulo de la rodilla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="251"/>
        <source>Step test: the photo shows the shin leaning forward at the end of the movement. You will mark the ankle and the knee.</source>
        <translation>Prueba del escalón: la foto muestra la tibia inclinada hacia delante al final del movimiento. Marcarás el tobillo y la rodilla.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="255"/>
        <source>Kneeling lunge: the photo shows the back thigh with the hips shifted forward. You will mark the hip and the knee of the back leg.</source>
        <translation>Zancada de rodillas: la foto muestra el muslo de atrás con la cadera llevada hacia delante. Marcarás la cadera y la rodilla de la pierna de atrás.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="259"/>
        <source>Knee straightening: the photo shows the leg pressed flat. You will mark the hip, the knee and the ankle.</source>
        <translation>Extensión de rodilla: la foto muestra la pierna apretada contra el suelo. Marcarás la cadera, la rodilla y el tobillo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="264"/>
        <source>Before you take the photo: hold the phone upright at knee height, side-on to the leg, 2 to 3 metres away, with the whole leg in view. {what}</source>
        <translation>Antes de hacer la foto: sostén el teléfono derecho a la altura de la rodilla, de lado a la pierna, a 2 o 3 metros, con toda la pierna a la vista. {what}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="269"/>
        <source>{value}°</source>
        <translation>{value}°</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="314"/>
        <source>Point to move</source>
        <translation>Punto que mover</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="357"/>
        <source>No angle yet</source>
        <translation>Aún no hay ángulo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="359"/>
        <source>{angle}: {value} (could be off by up to {error})</source>
        <translation>{angle}: {value} (puede desviarse hasta {error})</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="365"/>
        <source>First answer whether the phone was upright.</source>
        <translation>Primero indica si el teléfono estaba derecho.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="403"/>
        <source>Photo {number}: {value}</source>
        <translation>Foto {number}: {value}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_tool.py" line="419"/>
        <source>Open another photo…</source>
        <translation>Abrir otra foto…</translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_canvas.py" line="288"/>
        <source>Photo: the arrow keys move the {point} point</source>
        <translation>Foto: las flechas mueven el punto de {point}</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_picker.py" line="41"/>
        <source>Choose a photo</source>
        <translation>Elige una foto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_picker.py" line="44"/>
        <source>Photos sent to this kiosk, newest first</source>
        <translation>Fotos enviadas a este quiosco, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_picker.py" line="50"/>
        <source>Photos sent to this kiosk</source>
        <translation>Fotos enviadas a este quiosco</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_picker.py" line="53"/>
        <source>{time}  ·  {name}</source>
        <translation>{time}  ·  {name}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_picker.py" line="58"/>
        <source>No photos have been sent to this kiosk: ask the staff.</source>
        <translation>No se ha enviado ninguna foto a este quiosco: pregunta al personal.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_picker.py" line="67"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/photo_picker.py" line="69"/>
        <source>Open this photo</source>
        <translation>Abrir esta foto</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="36"/>
        <source>Choose the clinician PIN</source>
        <translation>Elige el PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="37"/>
        <source>Type the new PIN again</source>
        <translation>Escribe otra vez el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="38"/>
        <source>Clinic staff: enter the PIN</source>
        <translation>Personal de la clínica: introduce el PIN</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="39"/>
        <source>Enter the PIN to close KneeCheck</source>
        <translation>Introduce el PIN para cerrar KneeCheck</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="40"/>
        <source>Choose a new clinician PIN</source>
        <translation>Elige un nuevo PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="41"/>
        <source>Your PIN</source>
        <translation>Tu PIN</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="42"/>
        <source>Choose your PIN</source>
        <translation>Elige tu PIN</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="43"/>
        <source>Type your new PIN again</source>
        <translation>Escribe tu nuevo PIN otra vez</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="46"/>
        <source>This kiosk has no PIN yet. Choose {least} to {most} digits: staff need it to see patients, change settings and close KneeCheck.</source>
        <translation>Este quiosco aún no tiene PIN. Elige de {least} a {most} cifras: el personal lo necesita para ver pacientes, cambiar ajustes y cerrar KneeCheck.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="51"/>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="73"/>
        <source>To be sure it was typed as meant.</source>
        <translation>Para asegurarte de que se escribió bien.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="52"/>
        <source>For clinic staff only. Patients: press Cancel.</source>
        <translation>Solo para el personal de la clínica. Pacientes: pulsad Cancelar.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="55"/>
        <source>KneeCheck stays open for patients unless clinic staff close it.</source>
        <translation>KneeCheck sigue abierto para los pacientes salvo que el personal de la clínica lo cierre.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="58"/>
        <source>{least} to {most} digits. Staff need it to see patients, change settings and close KneeCheck; the old PIN stops working once the new one is typed twice.</source>
        <translation>De {least} a {most} dígitos. El personal lo necesita para ver pacientes, cambiar ajustes y cerrar KneeCheck; el PIN anterior deja de valer en cuanto escribes el nuevo dos veces.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="63"/>
        <source>Type the {count} digits you chose for this name. First visit, or no PIN yet? Choose one below.</source>
        <translation>Escribe los {count} dígitos que elegiste para este nombre. ¿Primera visita, o aún no tienes PIN? Elige uno abajo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="68"/>
        <source>Choose {count} digits you will remember and keep them to yourself: you type them with your name each time, and nobody sees your results without them.</source>
        <translation>Elige {count} dígitos que vayas a recordar y no se los digas a nadie: los escribes con tu nombre cada vez, y nadie ve tus resultados sin ellos.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="76"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="80"/>
        <source>Clear PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="81"/>
        <source>Delete last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="99"/>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="170"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="155"/>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="176"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="159"/>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="177"/>
        <source>First visit? Choose a PIN</source>
        <translation>¿Primera visita? Elige un PIN</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="161"/>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="178"/>
        <source>First visit, or no PIN yet: choose a PIN</source>
        <translation>Primera visita, o aún sin PIN: elige un PIN</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="165"/>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="179"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="234"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Demasiados PIN incorrectos. Vuelve a intentarlo en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/pin_page.py" line="238"/>
        <source>Too many wrong PINs. Try again in {minutes} min.</source>
        <translation>Demasiados PIN incorrectos. Vuelve a intentarlo dentro de {minutes} min.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="23"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="24"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="25"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="26"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="47"/>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="49"/>
        <source>Everything here is optional. It is shown on the report for your therapist, and the name is how this profile appears everywhere in KneeCheck.</source>
        <translation>Todo es opcional. Se muestra en el informe para su fisioterapeuta, y el nombre es como aparece este perfil en todo KneeCheck.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="56"/>
        <location filename="../../kneeapp/ui/pages/profile.py" line="74"/>
        <source>Name shown</source>
        <translation>Nombre que se muestra</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="59"/>
        <location filename="../../kneeapp/ui/pages/profile.py" line="75"/>
        <location filename="../../kneeapp/ui/pages/profile.py" line="95"/>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="62"/>
        <source>e.g. 1985</source>
        <translation>p. ej. 1985</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="65"/>
        <location filename="../../kneeapp/ui/pages/profile.py" line="76"/>
        <source>Painful side</source>
        <translation>Lado doloroso</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="70"/>
        <source>Weekly running distance in km</source>
        <translation>Distancia semanal de carrera en km</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="73"/>
        <source>e.g. 25</source>
        <translation>p. ej. 25</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="77"/>
        <source>Weekly running distance (km)</source>
        <translation>Distancia semanal de carrera (km)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="84"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="86"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/profile.py" line="97"/>
        <source>Weekly running distance</source>
        <translation>Distancia semanal de carrera</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../kneeapp/domain/profiles.py" line="16"/>
        <source>Main profile</source>
        <translation>Perfil principal</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../kneeapp/domain/progress.py" line="29"/>
        <source>{side_joint} gap down from {was} to {now} since {since}.</source>
        <translation>Diferencia en tu {side_joint}: bajó de {was} a {now} desde el {since}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/progress.py" line="30"/>
        <source>{side_joint} gap up from {was} to {now} since {since}.</source>
        <translation>Diferencia en tu {side_joint}: subió de {was} a {now} desde el {since}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/progress.py" line="31"/>
        <source>Your left and right sides are about where they were on {since}.</source>
        <translation>Tu lado izquierdo y tu lado derecho siguen más o menos como el {since}.</translation>
    </message>
</context>
<context>
    <name>RedFlagPage</name>
    <message>
        <location filename="../../kneeapp/ui/pages/red_flags.py" line="26"/>
        <source>Before you start: a few safety questions</source>
        <translation>Antes de empezar: unas preguntas de seguridad</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/red_flags.py" line="27"/>
        <source>Answer each one. A single “yes” means these checks are not for today.</source>
        <translation>Responde a cada una. Con un solo «sí», estas pruebas no son para hoy.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/red_flags.py" line="30"/>
        <source>None of these apply to me</source>
        <translation>Nada de esto me pasa</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/red_flags.py" line="45"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/red_flags.py" line="45"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/red_flags.py" line="52"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/red_flags.py" line="57"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/red_flags.py" line="102"/>
        <source>A “yes”: these checks are not for today.</source>
        <translation>Un «sí»: estas pruebas no son para hoy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/pages/red_flags.py" line="105"/>
        <source>%n question(s) left to answer</source>
        <translation>
            <numerusform>Queda %n pregunta por responder</numerusform>
            <numerusform>Quedan %n preguntas por responder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="19"/>
        <source>Is your knee hot, red or swollen, or do you have a fever?</source>
        <translation>¿Tienes la rodilla caliente, roja o hinchada, o tienes fiebre?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="20"/>
        <source>A hot, red or swollen knee, or a fever, can come from inflammation or an infection in the joint: have it seen today.</source>
        <translation>Una rodilla caliente, roja o hinchada, o la fiebre, pueden deberse a una inflamación o una infección de la articulación: que te la vean hoy.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="28"/>
        <source>Does your knee hurt at night or when you are resting?</source>
        <translation>¿Te duele la rodilla por la noche o en reposo?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="29"/>
        <source>Pain at night or at rest is not the usual pain of a knee that was overloaded by running: a clinician should find out where it comes from.</source>
        <translation>El dolor de noche o en reposo no es el dolor habitual de una rodilla sobrecargada al correr: un profesional sanitario debería averiguar de dónde viene.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="37"/>
        <source>Does your knee lock or give way?</source>
        <translation>¿Se te bloquea o te falla la rodilla?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="38"/>
        <source>A knee that locks or gives way may have a problem inside the joint that loading it could make worse.</source>
        <translation>Una rodilla que se bloquea o falla puede tener un problema dentro de la articulación que la carga podría empeorar.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="46"/>
        <source>Are you unable to stand on your painful leg or walk four steps?</source>
        <translation>¿No puedes apoyarte en la pierna que te duele o dar cuatro pasos?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="49"/>
        <source>Not being able to stand on the leg or walk four steps needs a clinician today, who may want an X-ray.</source>
        <translation>No poder apoyarte en la pierna o dar cuatro pasos requiere ver hoy a un profesional sanitario, que quizá pida una radiografía.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="61"/>
        <source>Swelling straight after a fall or a twist can mean a ligament or the joint itself was hurt.</source>
        <translation>La hinchazón justo después de una caída o una torcedura puede indicar que se lesionó un ligamento o la propia articulación.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="69"/>
        <source>Does it hurt to hop on your painful leg, or do you have pain in the groin?</source>
        <translation>¿Te duele al saltar a la pata coja con la pierna que te duele, o tienes dolor en la ingle?</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="73"/>
        <source>Pain when hopping, or in the groin, can come from a stress reaction in the bone, which needs rest and a clinician&apos;s care rather than these checks.</source>
        <translation>El dolor al saltar a la pata coja, o en la ingle, puede venir de una reacción de estrés en el hueso, que necesita reposo y la atención de un profesional sanitario, no estas pruebas.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="82"/>
        <source>Please stop the self-check here. What you describe needs a clinician to look at your knee first: see your doctor or physical therapist before doing these checks. Until then, please do not run. If the knee is hot and swollen with a fever, or you cannot stand on it, get help today.</source>
        <translation>Detén la autoevaluación aquí, por favor. Lo que describes necesita que un profesional sanitario vea antes tu rodilla: acude a tu médico o fisioterapeuta antes de hacer estas pruebas. Hasta entonces, por favor, no corras. Si la rodilla está caliente e hinchada y tienes fiebre, o no puedes apoyarte en ella, busca ayuda hoy mismo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/red_flags.py" line="57"/>
        <source>Did you recently fall or twist the knee, and did it swell up straight away?</source>
        <translation>¿Te has caído o torcido la rodilla hace poco y se hinchó enseguida?</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/report_pdf.py" line="82"/>
        <source>The last %n session(s)</source>
        <translation>
            <numerusform>La última sesión</numerusform>
            <numerusform>Las últimas %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/report_pdf.py" line="83"/>
        <source>KneeCheck advised seeing a clinician after %n session(s), most recently on {latest}. The advice is shown with the sessions below.</source>
        <translation>
            <numerusform>KneeCheck aconsejó consultar a un profesional sanitario después de %n sesión, la última el {latest}. El consejo aparece con cada sesión más abajo.</numerusform>
            <numerusform>KneeCheck aconsejó consultar a un profesional sanitario después de %n sesiones, la última el {latest}. El consejo aparece con cada sesión más abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="102"/>
        <source>KneeCheck: left/right self-check report</source>
        <translation>KneeCheck: informe de autoevaluación izquierda/derecha</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="104"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="105"/>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="106"/>
        <source>Report made:</source>
        <translation>Informe hecho el:</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="113"/>
        <source>{count}, from {first} to {last}</source>
        <translation>{count}, del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="117"/>
        <source>none saved yet</source>
        <translation>aún no hay ninguna guardada</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="119"/>
        <source>These are the person&apos;s own observations from guided self-checks, not a diagnosis.</source>
        <translation>Son observaciones de la propia persona en autoevaluaciones guiadas, no un diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="142"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="163"/>
        <source>Asymmetry over time</source>
        <translation>Asimetría a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="167"/>
        <source>Above zero the left side was worse, below zero the right; the shaded band holds differences too small to be flagged.</source>
        <translation>Por encima de cero estuvo peor el lado izquierdo; por debajo, el derecho. La banda sombreada recoge diferencias demasiado pequeñas para señalarse.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="191"/>
        <source>Earlier sessions with advice</source>
        <translation>Sesiones anteriores con consejo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_tables.py" line="59"/>
        <source>Left / right by session</source>
        <translation>Izquierda / derecha por sesión</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_tables.py" line="60"/>
        <source>Left / right in each session; bold: the sides were pointed out.</source>
        <translation>Izquierda / derecha en cada sesión; en negrita: los lados se señalaron.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_tables.py" line="67"/>
        <source>Check: measure</source>
        <translation>Prueba: medida</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="204"/>
        <source>Advice given: {advice}</source>
        <translation>Consejo dado: {advice}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="209"/>
        <source>Flagged: {observations}</source>
        <translation>Señalado: {observations}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="214"/>
        <source>Flagged: nothing.</source>
        <translation>Señalado: nada.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="219"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="230"/>
        <source>Year of birth: {year}</source>
        <translation>Año de nacimiento: {year}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="236"/>
        <source>Painful side: {side}</source>
        <translation>Lado doloroso: {side}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="240"/>
        <source>Weekly running distance: {km} km</source>
        <translation>Distancia semanal de carrera: {km} km</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="246"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="247"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="248"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/report_pdf.py" line="268"/>
        <source>KneeCheck report: {profile}</source>
        <translation>Informe de KneeCheck: {profile}</translation>
    </message>
</context>
<context>
    <name>RepsInput</name>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="294"/>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="353"/>
        <source>{name}: count one more</source>
        <translation>{name}: contar una más</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="83"/>
        <source>A 0-10 self-rating is pointed out when the sides differ by 2 points or more.</source>
        <translation>Una valoración propia de 0 a 10 se señala cuando los lados se diferencian en 2 puntos o más.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="87"/>
        <source>Self-ratings on a 0-10 scale: a 2-point change is the smallest one people reliably notice (Salaffi et al. 2004, used here for range ratings too). A percentage of a self-rating would be false precision.</source>
        <translation>Valoraciones propias en una escala de 0 a 10: un cambio de 2 puntos es el menor que las personas notan con fiabilidad (Salaffi et al. 2004, aplicado aquí también a la amplitud). Un porcentaje de una valoración propia sería una precisión falsa.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="138"/>
        <source>Knee-to-wall distance is pointed out when the sides differ by more than 1.5 cm.</source>
        <translation>La distancia rodilla-pared se señala cuando los lados se diferencian en más de 1,5 cm.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="142"/>
        <source>1.5 cm is the smallest detectable left/right change of the knee-to-wall test (Chisholm et al. 2012); 68 % of healthy adults are within it (Hoch &amp; McKeon 2011).</source>
        <translation>1,5 cm es el menor cambio izquierda/derecha detectable en la prueba rodilla-pared (Chisholm et al. 2012); el 68 % de los adultos sanos queda dentro de ese margen (Hoch y McKeon 2011).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="203"/>
        <source>Repetitions are pointed out when the weaker side manages less than 90 % of the stronger one (a difference of more than 10 %).</source>
        <translation>Las repeticiones se señalan cuando el lado más débil logra menos del 90 % de las del más fuerte (una diferencia de más del 10 %).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="208"/>
        <source>Limb symmetry index below 90 %, the usual return-to-running threshold.</source>
        <translation>Índice de simetría entre extremidades por debajo del 90 %, el umbral habitual para volver a correr.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="111"/>
        <source>Pain is pointed out when one side hurts 2 points or more than the other.</source>
        <translation>El dolor se señala cuando un lado duele 2 puntos o más que el otro.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="115"/>
        <source>Numeric pain rating scale 0-10: 2 points is the minimal important change (Salaffi et al. 2004).</source>
        <translation>Escala numérica de dolor de 0 a 10: 2 puntos es el cambio mínimo importante (Salaffi et al. 2004).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="168"/>
        <source>Knee drift is pointed out when the sides differ by one step or more, or either knee drifts markedly.</source>
        <translation>El desvío de la rodilla se señala cuando los lados se diferencian en un grado o más, o cuando alguna rodilla se desvía de forma marcada.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="173"/>
        <source>Single-leg squat rated none / slight / marked: any side-to-side difference, or a marked drift on either side, is worth a closer look.</source>
        <translation>Sentadilla a una pierna valorada como nada / leve / marcado: cualquier diferencia entre lados, o un desvío marcado en cualquiera de ellos, merece una mirada más atenta.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="233"/>
        <source>The shin angle is pointed out when the sides differ by 5° or more; a shin under 36.5° is pointed out on its own.</source>
        <translation>El ángulo de la tibia se señala cuando los lados difieren en 5° o más; una tibia por debajo de 36,5° se señala por sí sola.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="238"/>
        <source>The smallest detectable change of the lunge angle is about 4.6° (Powden et al. 2015); 1 cm of knee-to-wall distance is about 3.6° (Bennell et al. 1998). Under 36.5° went with a higher risk of knee pain in young athletes (Backman &amp; Danielson 2011).</source>
        <translation>El cambio detectable más pequeño del ángulo en la zancada es de unos 4,6° (Powden et al. 2015); 1 cm de distancia rodilla-pared son unos 3,6° (Bennell et al. 1998). Por debajo de 36,5° se vio más riesgo de dolor de rodilla en deportistas jóvenes (Backman y Danielson 2011).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="277"/>
        <source>The thigh angle is pointed out when the sides differ by 5° or more.</source>
        <translation>El ángulo del muslo se señala cuando los lados difieren en 5° o más.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="280"/>
        <location filename="../../kneeapp/domain/measures.py" line="311"/>
        <source>An angle measured on a photo changes by about 4.6° between repeated measurements (Powden et al. 2015): a smaller difference may be noise.</source>
        <translation>Un ángulo medido en una foto cambia unos 4,6° entre mediciones repetidas (Powden et al. 2015): una diferencia menor puede ser ruido.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/measures.py" line="308"/>
        <source>The knee angle is pointed out when the sides differ by 5° or more.</source>
        <translation>El ángulo de la rodilla se señala cuando los lados difieren en 5° o más.</translation>
    </message>
</context>
<context>
    <name>ScaleSlider</name>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="247"/>
        <source>Not rated: tap the line</source>
        <translation>Sin valorar: toca la línea</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="226"/>
        <source>{name}: not rated</source>
        <translation>{name}: sin valorar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="206"/>
        <source>{value} of {maximum} · {words}</source>
        <translation>{value} de {maximum} · {words}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/measure_inputs.py" line="234"/>
        <source>{name}: {value} of {maximum}, {words}</source>
        <translation>{name}: {value} de {maximum}, {words}</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../kneeapp/ui/widgets/session_list.py" line="41"/>
        <source>{when} · ⚠ advised to see a clinician</source>
        <translation>{when} · ⚠ consejo: ver a un profesional</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/widgets/session_list.py" line="46"/>
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n prueba</numerusform>
            <numerusform>%n pruebas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/widgets/session_list.py" line="47"/>
        <source>%n pointed out</source>
        <translation>
            <numerusform>%n señalada</numerusform>
            <numerusform>%n señaladas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/session_list.py" line="60"/>
        <source>nothing pointed out</source>
        <translation>nada señalado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/session_list.py" line="61"/>
        <source>{checks} · {findings}</source>
        <translation>{checks} · {findings}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/session_list.py" line="73"/>
        <source>{checks} · nothing flagged</source>
        <translation>{checks} · nada señalado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/session_list.py" line="77"/>
        <source>{check} {measure}</source>
        <translation>{measure} en {check}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/session_list.py" line="83"/>
        <source>{checks} · flagged: {items}</source>
        <translation>{checks} · señalado: {items}</translation>
    </message>
</context>
<context>
    <name>SessionSteps</name>
    <message>
        <location filename="../../kneeapp/ui/session_steps.py" line="219"/>
        <source>Could not save: {error}</source>
        <translation>No se ha podido guardar: {error}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/session_steps.py" line="229"/>
        <source>Saved your self-check of {when}. {advice}</source>
        <translation>Se ha guardado tu autoevaluación del {when}. {advice}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/session_steps.py" line="232"/>
        <source>Saved your self-check of {when}.</source>
        <translation>Se ha guardado tu autoevaluación del {when}.</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <location filename="../../kneeapp/ui/settings_actions.py" line="60"/>
        <source>Back to the self-check</source>
        <translation>Volver a la autoevaluación</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/settings_actions.py" line="89"/>
        <source>Export all data as {format}</source>
        <translation>Exportar todos los datos como {format}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/settings_actions.py" line="103"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se ha podido escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/settings_actions.py" line="124"/>
        <source>Replace your current data with the copy of {when}? Your current data is backed up first.</source>
        <translation>¿Sustituir tus datos actuales por la copia del {when}? Antes se hace una copia de seguridad de tus datos actuales.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/settings_actions.py" line="127"/>
        <source>Restore the copy</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/settings_actions.py" line="128"/>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/settings_actions.py" line="143"/>
        <source>Restored the copy of {when}.</source>
        <translation>Se ha restaurado la copia del {when}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/settings_actions.py" line="156"/>
        <source>All saved sessions are deleted. Backup copies made before now still hold them until they are rotated out, within 4 weeks; to delete those too, run kneeapp purge-backups.</source>
        <translation>Se han borrado todas las sesiones guardadas. Las copias de seguridad hechas antes de ahora las conservan hasta que se renuevan, en 4 semanas como mucho; para borrarlas también, ejecuta kneeapp purge-backups.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="14"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="19"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="20"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="21"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="22"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="25"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="26"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="27"/>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="30"/>
        <source>Centimetres</source>
        <translation>Centímetros</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/preferences.py" line="31"/>
        <source>Inches</source>
        <translation>Pulgadas</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/repository.py" line="117"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/repository.py" line="118"/>
        <source>before update</source>
        <translation>antes de actualizar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/repository.py" line="119"/>
        <source>before restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/repository.py" line="120"/>
        <source>before import</source>
        <translation>antes de importar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="55"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="57"/>
        <source>DELETE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="60"/>
        <location filename="../../kneeapp/ui/pages/settings.py" line="71"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="61"/>
        <location filename="../../kneeapp/ui/pages/settings.py" line="72"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="63"/>
        <location filename="../../kneeapp/ui/pages/settings.py" line="73"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="68"/>
        <location filename="../../kneeapp/ui/pages/settings.py" line="74"/>
        <source>Knee-to-wall distance in</source>
        <translation>Distancia rodilla-pared en</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="81"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="82"/>
        <source>Kept in {folder}</source>
        <translation>Se guardan en {folder}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="84"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="91"/>
        <source>Export all data as {format}…</source>
        <translation>Exportar todos los datos como {format}…</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="100"/>
        <source>Delete all data: every saved session, for good. Type {word} to confirm.</source>
        <translation>Borrar todos los datos: todas las sesiones guardadas, para siempre. Escribe {word} para confirmar.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="106"/>
        <source>Type {word} to confirm deleting all data</source>
        <translation>Escribe {word} para confirmar el borrado de todos los datos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="109"/>
        <source>Delete all data</source>
        <translation>Borrar todos los datos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="116"/>
        <source>Restore from a backup: KneeCheck keeps a checked copy of your data each day. Your current data is backed up first, so nothing is lost.</source>
        <translation>Restaurar desde una copia de seguridad: KneeCheck guarda cada día una copia comprobada de tus datos. Antes se guarda también una copia de tus datos actuales, así que no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="122"/>
        <source>Backup to restore</source>
        <translation>Copia que restaurar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="124"/>
        <source>Restore this copy</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="133"/>
        <source>Back to start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="152"/>
        <source>{when} ({kind})</source>
        <translation>{when} ({kind})</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/settings.py" line="155"/>
        <source>No backups yet: KneeCheck makes one each day, when it starts.</source>
        <translation>Aún no hay copias: KneeCheck hace una cada día, al arrancar.</translation>
    </message>
</context>
<context>
    <name>ShortMonths</name>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="26"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="27"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="28"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="29"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="30"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="31"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="32"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="33"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="34"/>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="35"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="36"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="37"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
</context>
<context>
    <name>ShortWeekdays</name>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="40"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="41"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="42"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="43"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="44"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="45"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/dates.py" line="46"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="22"/>
        <source>left ankle</source>
        <translation>tobillo izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="23"/>
        <source>right ankle</source>
        <translation>tobillo derecho</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="24"/>
        <source>left hip</source>
        <translation>cadera izquierda</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="25"/>
        <source>right hip</source>
        <translation>cadera derecha</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="26"/>
        <source>left knee</source>
        <translation>rodilla izquierda</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="27"/>
        <source>right knee</source>
        <translation>rodilla derecha</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="28"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="29"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
</context>
<context>
    <name>SkipChooser</name>
    <message>
        <location filename="../../kneeapp/ui/widgets/skip_chooser.py" line="13"/>
        <source>Not done</source>
        <translation>No la hice</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/skip_chooser.py" line="14"/>
        <source>Too painful</source>
        <translation>Demasiado dolorosa</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/skip_chooser.py" line="15"/>
        <source>Could not do it</source>
        <translation>No pude hacerla</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/widgets/skip_chooser.py" line="43"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StartFailedPage</name>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="284"/>
        <source>KneeCheck cannot open its data</source>
        <translation>KneeCheck no puede abrir sus datos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="285"/>
        <source>KneeCheck</source>
        <translation>KneeCheck</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/data_safety.py" line="290"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kneeapp/app.py" line="364"/>
        <source>KneeCheck will not start as a kiosk</source>
        <translation>KneeCheck no se iniciará como quiosco</translation>
    </message>
    <message>
        <location filename="../../kneeapp/app.py" line="365"/>
        <source>The kiosk&apos;s settings in {path} cannot be read ({reason}). They hold the clinician PIN, so KneeCheck does not start without them and has not changed the file. Clinic staff: mend the file or give it back to the kiosk&apos;s user.</source>
        <translation>No se puede leer la configuración del quiosco en {path} ({reason}). Contiene el PIN del personal clínico, así que KneeCheck no se inicia sin ella y no ha modificado el archivo. Personal de la clínica: reparad el archivo o devolvédselo al usuario del quiosco.</translation>
    </message>
</context>
<context>
    <name>StorageProblems</name>
    <message>
        <location filename="../../kneeapp/ui/storage_problems.py" line="12"/>
        <source>The disk is full: free some space, then try again.</source>
        <translation>El disco está lleno: libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/storage_problems.py" line="15"/>
        <source>The data folder is read-only: {path}. Allow writing to it, or start KneeCheck with another --data-dir, then try again.</source>
        <translation>La carpeta de datos es de solo lectura: {path}. Permite escribir en ella, o inicia KneeCheck con otro --data-dir, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/storage_problems.py" line="20"/>
        <source>The data is in use by another KneeCheck window or program: close it, then try again.</source>
        <translation>Los datos los está usando otra ventana o programa de KneeCheck: ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/storage_problems.py" line="24"/>
        <source>The disk holding {path} could not be read or written: it may be full, or not connected. Free some space or check the disk, then try again.</source>
        <translation>No se ha podido leer ni escribir en el disco de {path}: puede que esté lleno o desconectado. Libera algo de espacio o revisa el disco, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/storage_problems.py" line="29"/>
        <source>The data file {path} is damaged. Keep a copy of it and ask for help; KneeCheck has not changed it.</source>
        <translation>El archivo de datos {path} está dañado. Guarda una copia y pide ayuda; KneeCheck no lo ha modificado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/storage_problems.py" line="34"/>
        <source>The data file {path} was written by a newer version of KneeCheck, so this version does not change it. Install the newer KneeCheck to change it.</source>
        <translation>El archivo de datos {path} lo escribió una versión más nueva de KneeCheck, así que esta versión no lo modifica. Instala la versión más nueva para modificarlo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/storage_problems.py" line="39"/>
        <source>The file {path} is not a KneeCheck data file. It has not been changed. Move it elsewhere, or start KneeCheck with another --data-dir.</source>
        <translation>El archivo {path} no es un archivo de datos de KneeCheck. No se ha modificado. Muévelo a otro sitio, o inicia KneeCheck con otro --data-dir.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/storage_problems.py" line="44"/>
        <source>The data file {path} could not be opened: check that the folder exists and that you may write to it.</source>
        <translation>No se ha podido abrir el archivo de datos {path}: comprueba que la carpeta existe y que puedes escribir en ella.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/storage_problems.py" line="49"/>
        <source>The clinic&apos;s settings are kept on the clinic server, which cannot be reached just now: nothing was changed. Try again when this station is back in contact.</source>
        <translation>Los ajustes de la clínica se guardan en el servidor de la clínica, que ahora no responde: no se ha cambiado nada. Inténtalo de nuevo cuando este puesto vuelva a estar en contacto.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="21"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="22"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/domain/clinical_summary.py" line="24"/>
        <source>{target} ({check}, {measure}): {side} side worse in {count} of the last %n session(s) with both sides rated</source>
        <translation>
            <numerusform>{target} ({check}, {measure}): lado {side} peor en {count} de la última sesión con ambos lados valorados</numerusform>
            <numerusform>{target} ({check}, {measure}): lado {side} peor en {count} de las últimas %n sesiones con ambos lados valorados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="31"/>
        <source>{part}, the {other} in {count}</source>
        <translation>{part}, el {other} en {count}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="32"/>
        <source>{target} ({check}, {measure}): {side} side worse in the one session compared</source>
        <translation>{target} ({check}, {measure}): lado {side} peor en la única sesión comparada</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="35"/>
        <source>{part}; latest {worse} against {other}, a difference of {amount} (pointed out from {threshold}).</source>
        <translation>{part}; la última vez {worse} frente a {other}, una diferencia de {amount} (se señala a partir de {threshold}).</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="79"/>
        <source>{amount} or more</source>
        <translation>{amount} o más</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="80"/>
        <source>more than {amount}</source>
        <translation>más de {amount}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="40"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="41"/>
        <source>No left/right difference pointed out recently in: {checks}.</source>
        <translation>Sin diferencia izquierda/derecha señalada últimamente en: {checks}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="44"/>
        <source>No session yet with both sides of a check rated, so no side is compared.</source>
        <translation>Aún no hay ninguna sesión con ambos lados de una prueba valorados, así que no se compara ningún lado.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="47"/>
        <source>Highest pain in the latest session: {value}, {side} side, in the {check}.</source>
        <translation>Dolor más alto en la última sesión: {value}, lado {side}, en {check}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/clinical_summary.py" line="50"/>
        <source>No pain was rated above 0 of 10 in the latest session.</source>
        <translation>En la última sesión no se valoró ningún dolor por encima de 0 de 10.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="35"/>
        <source>Check</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="36"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="37"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="38"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="39"/>
        <source>Asymmetry</source>
        <translation>Asimetría</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="40"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="42"/>
        <source>⚑ Worth noting</source>
        <translation>⚑ A tener en cuenta</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="43"/>
        <source>Sides similar</source>
        <translation>Lados parecidos</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="80"/>
        <source>Your results today</source>
        <translation>Tus resultados de hoy</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="80"/>
        <source>Look them over, then save.</source>
        <translation>Revísalos y luego guarda.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="83"/>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="94"/>
        <source>Results table</source>
        <translation>Tabla de resultados</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="90"/>
        <source>What stands out</source>
        <translation>Lo que destaca</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="119"/>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/ui/pages/summary.py" line="136"/>
        <source>%n value(s) kept before KneeCheck closed could not be brought back: please check the values below.</source>
        <translation>
            <numerusform>No se pudo recuperar %n valor guardado antes de que KneeCheck se cerrara: revisa los valores de abajo.</numerusform>
            <numerusform>No se pudieron recuperar %n valores guardados antes de que KneeCheck se cerrara: revisa los valores de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="185"/>
        <source>Nothing was rated, so there is nothing to save. Go back and rate at least one side of one check, or leave.</source>
        <translation>No se valoró nada, así que no hay nada que guardar. Vuelve atrás y valora al menos un lado de una prueba, o sal.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="190"/>
        <source>Your note: {note}</source>
        <translation>Tu nota: {note}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/pages/summary.py" line="190"/>
        <source>No note added.</source>
        <translation>Sin nota.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../kneeapp/ui/kiosk/keyboard.py" line="30"/>
        <source>Shift</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/keyboard.py" line="31"/>
        <source>Delete the last letter</source>
        <translation>Borrar la última letra</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/keyboard.py" line="32"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kneeapp/ui/kiosk/keyboard.py" line="43"/>
        <location filename="../../kneeapp/ui/kiosk/keyboard.py" line="75"/>
        <source>On-screen keyboard</source>
        <translation>Teclado en pantalla</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message numerus="yes">
        <location filename="../../kneeapp/domain/trends.py" line="183"/>
        <source>{side_joint} worse in {count} of the last %n sessions</source>
        <translation>
            <numerusform>{side_joint} peor en {count} de la última sesión</numerusform>
            <numerusform>{side_joint} peor en {count} de las últimas %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/domain/trends.py" line="186"/>
        <source>both sides the same in all %n of the last sessions</source>
        <translation>
            <numerusform>los dos lados igual en la última sesión</numerusform>
            <numerusform>los dos lados igual en las %n últimas sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="190"/>
        <source>asymmetry about the same since {since} ({was} then, {now} now)</source>
        <translation>asimetría más o menos igual desde el {since} ({was} entonces, {now} ahora)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="193"/>
        <source>asymmetry fell from {was} to {now} since {since}</source>
        <translation>la asimetría bajó de {was} a {now} desde el {since}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="194"/>
        <source>asymmetry rose from {was} to {now} since {since}</source>
        <translation>la asimetría subió de {was} a {now} desde el {since}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="224"/>
        <source>{trend}; the {side} is now the worse one</source>
        <translation>{trend}; ahora el peor es el {side}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="237"/>
        <location filename="../../kneeapp/domain/trends.py" line="377"/>
        <source>{title}: no results in this period.</source>
        <translation>{title}: sin resultados en este periodo.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="243"/>
        <source>{title}: one session in this period; both sides had the same {measure}.</source>
        <translation>{title}: una sesión en este periodo; los dos lados tuvieron el mismo valor de {measure}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="247"/>
        <source>{title}: one session in this period; {side_joint} worse by {amount}.</source>
        <translation>{title}: una sesión en este periodo; {side_joint} peor por {amount}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="269"/>
        <source>{part}, {other} in {count}</source>
        <translation>{part}; {other}, en {count}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="286"/>
        <location filename="../../kneeapp/domain/trends.py" line="384"/>
        <source>{title} ({measure}): {parts}.</source>
        <translation>{title} ({measure}): {parts}.</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="316"/>
        <source>{side} about the same since {since} ({was} then, {now} now)</source>
        <translation>{side} más o menos igual desde el {since} ({was} entonces, {now} ahora)</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="319"/>
        <source>{side} fell from {was} to {now} since {since}</source>
        <translation>{side} bajó de {was} a {now} desde el {since}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="320"/>
        <source>{side} rose from {was} to {now} since {since}</source>
        <translation>{side} subió de {was} a {now} desde el {since}</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="321"/>
        <source>{side} {now} on {since}, its only value in this period</source>
        <translation>{side}: {now} el {since}, su único valor en este periodo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="322"/>
        <source>{side} has no value in this period</source>
        <translation>{side} sin valores en este periodo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="325"/>
        <source>left</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/trends.py" line="326"/>
        <source>right</source>
        <translation>lado derecho</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/domain/trends.py" line="388"/>
        <source>the sides were pointed out in {count} of %n session(s) with both sides rated</source>
        <translation>
            <numerusform>los lados se señalaron en {count} de %n sesión con ambos lados valorados</numerusform>
            <numerusform>los lados se señalaron en {count} de %n sesiones con ambos lados valorados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="131"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="132"/>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="133"/>
        <source>marked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="136"/>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="137"/>
        <source>mild pain</source>
        <translation>dolor leve</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="138"/>
        <source>moderate pain</source>
        <translation>dolor moderado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="139"/>
        <source>severe pain</source>
        <translation>dolor intenso</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="142"/>
        <source>limited</source>
        <translation>limitado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="143"/>
        <source>partway</source>
        <translation>a medias</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="144"/>
        <source>nearly all the way</source>
        <translation>casi del todo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kneeapp/domain/kinds.py" line="147"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="307"/>
        <source>{value}°</source>
        <translation>{value}°</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="264"/>
        <source>{value} cm</source>
        <translation>{value} cm</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="90"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="92"/>
        <source>skipped: not done</source>
        <translation>omitido: no realizado</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="93"/>
        <source>skipped: too painful</source>
        <translation>omitido: demasiado doloroso</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/observations.py" line="94"/>
        <source>skipped: could not do it</source>
        <translation>omitido: no pudo hacerlo</translation>
    </message>
    <message>
        <location filename="../../kneeapp/domain/kinds.py" line="246"/>
        <source>{value} of 10</source>
        <translation>{value} de 10</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../kneeapp/clinic_app.py" line="69"/>
        <source>KneeCheck — clinic</source>
        <translation>KneeCheck — clínica</translation>
    </message>
</context>
</TS>
